package kz.shagym.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.ComplaintFacts;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * One Drools session that decides complaint after complaint, used by one thread at a time. Creating
 * a session and its lazily built network memory was two fifths of a decision; here they are built once.
 *
 * <p>Between two complaints every fact is deleted again, which brings the network back to the state of
 * a fresh session with no facts, and no Drools internals are touched. {@code KieSession.reset()} is
 * not used: in Drools 10.2.0 it sets each activation group's "triggered for recency" to the last
 * recency and only then restarts the recency counter, so the next complaint's rows are older than
 * the group's last firing, never join the group, and two rows of one table fire. Deleting keeps the
 * counter rising, so every new row joins its group. {@code SessionReuseDifferentialTest} holds the
 * answers equal to a fresh session's.
 */
final class DecisionSession implements AgendaFilter, RuleRuntimeEventListener {

    /** Far above what the shipped rules need; stops a looping rule instead of hanging a thread. */
    static final int MAX_FIRINGS = 10_000;

    /**
     * Drools numbers the matches of a session with an int that orders matches of one rule; retiring a
     * session long before it could wrap costs one new session per this many decisions.
     */
    static final int MAX_DECISIONS = 100_000;

    private final KieSession session;
    private final List<Rule> fired = new ArrayList<>();
    private final List<Object> inserted = new ArrayList<>();
    private final List<Rule> insertedBy = new ArrayList<>();
    private final List<FactHandle> handles = new ArrayList<>();
    private Consumer<String> onFiring;
    private boolean factsChangedByRules;
    private int decisions;

    /**
     * Keeps no reference to the rule set itself, only to its rule base and globals. Not "thread safe" in
     * Drools' sense (inserts from other threads while it fires), which no decision needs: a session is
     * used by one thread at a time, and so each insert propagates at once instead of through a
     * synchronized queue.
     */
    DecisionSession(CompiledRuleSet ruleSet) {
        KieSessionConfiguration configuration = KieServices.get().newKieSessionConfiguration();
        configuration.setOption(ThreadSafeOption.NO);
        session = ruleSet.kieBase().newKieSession(configuration, null);
        session.setGlobal("calendar", ruleSet.calendar());
        session.setGlobal("tables", ruleSet.tableRows());
        session.addEventListener(this);
    }

    /**
     * Inserts the complaint and fires the rules; what they derived stays readable here until {@link #clear()}.
     *
     * @throws IllegalStateException when the rules do not settle; the session must then be disposed
     */
    void decide(ComplaintFacts facts, Consumer<String> onFiring) {
        this.onFiring = onFiring;
        decisions++;
        session.insert(facts);
        int firings = session.fireAllRules(this, MAX_FIRINGS);
        if (firings >= MAX_FIRINGS) {
            throw new IllegalStateException("rules did not settle within " + MAX_FIRINGS + " firings");
        }
    }

    /** The rules that fired, each once, in the order of their first firing. */
    List<Rule> fired() {
        return fired;
    }

    /** Every fact in working memory but the complaint; each fact a rule inserted, in order of insertion. */
    List<Object> derived() {
        if (factsChangedByRules) {
            // A rule deleted or replaced a fact: read what is left, as a fresh session would be read.
            return new ArrayList<>(session.getObjects(o -> !(o instanceof ComplaintFacts)));
        }
        return inserted;
    }

    /** Each fact a rule inserted, beside the rule that inserted it (parallel to {@link #insertedBy()}). */
    List<Object> inserted() {
        return inserted;
    }

    List<Rule> insertedBy() {
        return insertedBy;
    }

    /**
     * Deletes every fact and forgets the decision. True when the session is as clean as a fresh one and
     * young enough to decide again; false when it must be disposed instead (a rule deleted or replaced a
     * fact, which the shipped rules never do: such a session is not worth proving clean).
     */
    boolean clear() {
        boolean reusable = !factsChangedByRules && decisions < MAX_DECISIONS;
        if (reusable) {
            session.removeEventListener(this); // no event for each of our own deletes
            for (int i = handles.size() - 1; i >= 0; i--) {
                session.delete(handles.get(i));
            }
            session.addEventListener(this);
            reusable = session.getFactCount() == 0;
        }
        fired.clear();
        inserted.clear();
        insertedBy.clear();
        handles.clear();
        onFiring = null;
        return reusable;
    }

    void dispose() {
        session.dispose();
    }

    /** Called by Drools just before each match fires: the cheapest place to learn what fires. */
    @Override
    public boolean accept(Match match) {
        Rule rule = match.getRule();
        if (!hasFired(rule.getName())) {
            fired.add(rule);
        }
        onFiring.accept(rule.getName());
        return true;
    }

    private boolean hasFired(String name) {
        for (Rule rule : fired) {
            if (rule.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        handles.add(event.getFactHandle());
        if (event.getRule() != null) {
            inserted.add(event.getObject());
            insertedBy.add(event.getRule());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        factsChangedByRules = true;
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        factsChangedByRules = true;
    }
}

package kz.shagym.decision;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.ruleset.CompiledRuleSet;
import org.kie.api.definition.rule.Rule;

/**
 * What decisions with one rule set keep between them: idle sessions and each rule's explanation.
 *
 * <p>Only {@link RuleEvaluator}'s cache holds this, under a weak reference to its rule set, and this
 * holds nothing that leads back to the rule set (the sessions know its rule base and globals only).
 * So when a version is replaced and nobody decides with it any more, its sessions go with it.
 *
 * <p>A session is used by one thread at a time: taken from the queue, used, cleared and put back
 * (the queue hands it over safely). One that failed, or that did not come back clean, is disposed,
 * never put back; so are sessions beyond {@link #MAX_IDLE}, which bounds the sessions a version keeps.
 */
final class PreparedRuleSet {

    /**
     * Decisions are short and CPU-bound, so few run at once even under many connections; a session that
     * ran thousands of complaints holds 70-90 KB (shipped tables, and with 1,000 extra rows).
     */
    static final int MAX_IDLE = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    /** Stands in the cache for a rule that explains nothing (a concurrent map holds no null). */
    private static final RuleExplanation NOTHING = new RuleExplanation(-1, 0, null, null, null);

    private final BlockingQueue<DecisionSession> idle = new ArrayBlockingQueue<>(MAX_IDLE);
    private final Map<String, RuleExplanation> explanations = new ConcurrentHashMap<>();
    private final AtomicInteger opened = new AtomicInteger();

    /** An idle session of this rule set, or a new one: the caller has it alone until it gives it back. */
    DecisionSession take(CompiledRuleSet ruleSet) {
        DecisionSession session = idle.poll();
        if (session == null) {
            opened.incrementAndGet();
            session = new DecisionSession(ruleSet);
        }
        return session;
    }

    /** Clears a session whose decision was read and keeps it for the next one, if it came back clean. */
    void giveBack(DecisionSession session) {
        boolean kept = false;
        try {
            kept = session.clear() && idle.offer(session);
        } finally {
            if (!kept) {
                session.dispose();
            }
        }
    }

    /** How many sessions wait for a decision: for the tests of the pool's bounds. */
    int idleSessions() {
        return idle.size();
    }

    /** How many sessions were ever opened for this rule set: for the tests that prove them reused. */
    int sessionsOpened() {
        return opened.get();
    }

    /** The rule's explanation, made on its first firing in this rule set; null when it explains nothing. */
    RuleExplanation explanation(CompiledRuleSet ruleSet, Rule rule) {
        RuleExplanation known = explanations.get(rule.getName());
        if (known == null) {
            RuleExplanation made = Explanations.explain(ruleSet, rule);
            known = made == null ? NOTHING : made;
            explanations.putIfAbsent(rule.getName(), known);
        }
        return known == NOTHING ? null : known;
    }
}

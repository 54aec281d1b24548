package kz.shagym.decision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.CourtAccess;
import kz.shagym.rules.FavorableActWaiver;
import kz.shagym.rules.ForwardingDue;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Overdue;
import kz.shagym.rules.ReviewDue;
import kz.shagym.rules.Route;

/**
 * Runs one complaint through a compiled rule set and reads the answer off the facts the rules
 * derived. Public for the command line and scenarios, which evaluate without recording.
 *
 * <p>Sessions are reused (a {@link DecisionSession} is cleared between complaints and used by one
 * thread at a time), and each rule's explanation is made once per rule set ({@link PreparedRuleSet}):
 * building and clearing a session was two fifths of a decision. {@code SessionReuseDifferentialTest}
 * holds every answer equal to a fresh session's ({@code FreshSessionEvaluator}, the evaluator as it was).
 */
public final class RuleEvaluator {

    private static final Consumer<String> NO_ONE_LISTENS = rule -> { };

    /**
     * One entry per rule set still in use, shared by every evaluator. Weak keys: when a version is
     * replaced and nobody decides with it any more, its entry and sessions are collected with it.
     */
    private static final Cache<CompiledRuleSet, PreparedRuleSet> PREPARED = Caffeine.newBuilder().weakKeys()
            .executor(Runnable::run) // its upkeep is a few steps: on the caller, not on a pool thread woken for it
            .build();

    /** Evaluates; the decision id is left empty for the caller to assign. */
    public Decision evaluate(CompiledRuleSet ruleSet, ComplaintFacts facts) {
        return evaluate(ruleSet, facts, NO_ONE_LISTENS);
    }

    /**
     * Evaluates, and tells {@code onFiring} the name of every rule as it fires: what Drools did, for
     * scenario coverage and for the test that holds the trace to it, whatever the answer shows.
     */
    public Decision evaluate(CompiledRuleSet ruleSet, ComplaintFacts facts, Consumer<String> onFiring) {
        PreparedRuleSet prepared = prepared(ruleSet);
        DecisionSession session = prepared.take(ruleSet);
        boolean answered = false;
        try {
            session.decide(facts, onFiring);
            Decision decision = assemble(ruleSet, prepared, facts, session);
            answered = true;
            return decision;
        } finally {
            // A session that failed half-way may hold anything: it is never reused.
            if (answered) {
                prepared.giveBack(session);
            } else {
                session.dispose();
            }
        }
    }

    /** What this rule set keeps between decisions; package-private for the tests of its bounds. */
    static PreparedRuleSet prepared(CompiledRuleSet ruleSet) {
        return PREPARED.get(ruleSet, key -> new PreparedRuleSet());
    }

    private static Decision assemble(CompiledRuleSet ruleSet, PreparedRuleSet prepared, ComplaintFacts facts,
            DecisionSession session) {
        DerivedFacts derived = new DerivedFacts(ruleSet, session.derived());
        Route route = derived.route()
                .orElseThrow(() -> new NoRuleCoversComplaint("No routing row covers respondent " + facts.respondent()
                        + " received by " + facts.receivedBy() + " in rule set " + ruleSet.versionId() + "."));
        List<Object> used = new ArrayList<>(8);
        used.add(route);
        Optional<FavorableActWaiver> waiver = derived.waiver();
        waiver.ifPresent(used::add);
        boolean waived = waiver.isPresent();
        List<Overdue> overdueFacts = derived.overdue();
        used.addAll(overdueFacts);
        boolean asked = facts.asOf() != null;

        Forwarding forwarding;
        Optional<ForwardingDue> due = derived.forwardingDue();
        if (due.isPresent() && !waived) {
            used.add(due.get());
            forwarding = new Forwarding(true, due.get().workingDays(), due.get().count().deadline(),
                    asked ? hasStage(overdueFacts, Overdue.Stage.FORWARDING) : null);
        } else {
            forwarding = new Forwarding(false, route.forwardingWorkingDays(), null, null);
        }

        Optional<ReviewDue> reviewDue = derived.reviewDue();
        Review review = null;
        if (reviewDue.isPresent()) {
            ReviewDue r = reviewDue.get();
            used.add(r);
            used.add(r.limit());
            review = new Review(r.limit().reviewWorkingDays(), r.countedFrom(), r.count().deadline(),
                    r.limit().maxExtensionWorkingDays(), r.extended() == null ? null : r.extended().deadline(),
                    asked ? hasStage(overdueFacts, Overdue.Stage.REVIEW) : null, r.count().deadline().plusDays(1));
        }

        CourtAccess access = derived.courtAccess()
                .orElseThrow(() -> new IllegalStateException("the rules decided nothing about court"));
        used.add(access);
        if ("DIRECT_BY_LAW".equals(access.ground())) {
            used.addAll(derived.directCourtAccess());
        }
        Court court = new Court(access.allowed(), access.reasonEn(),
                new LocalizedText(access.reasonRu(), access.reasonKk(), access.reasonEn()), access.allowedFrom());

        List<RuleExplanation> explained = Explanations.of(prepared, ruleSet, session.fired(), session.inserted(),
                session.insertedBy(), used);
        List<Explanation> explanations = new ArrayList<>(explained.size());
        explained.forEach(e -> explanations.add(e.explanation()));
        List<Warning> warnings = Warnings.of(explained, derived.notices());

        // A favourable act waives only the forwarding: whoever received the complaint keeps and reviews it.
        Outcome outcome = waived ? Outcome.RESOLVED_BY_FAVORABLE_ACT : route.outcome();
        Body reviewingBody = waived ? facts.receivedBy() : route.reviewingBody();
        return new Decision(null, facts.complaintId(), ruleSet.versionId(), outcome,
                reviewingBody, route.competentAddressees(), forwarding, review, court, explanations, warnings,
                ruleSet.lawInForceOn(facts));
    }

    private static boolean hasStage(List<Overdue> overdue, Overdue.Stage stage) {
        for (Overdue o : overdue) {
            if (o.stage() == stage) {
                return true;
            }
        }
        return false;
    }
}

package kz.shagym.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.CourtAccess;
import kz.shagym.rules.DirectCourtAccess;
import kz.shagym.rules.FavorableActWaiver;
import kz.shagym.rules.ForwardingDue;
import kz.shagym.rules.Notice;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Overdue;
import kz.shagym.rules.ReviewDue;
import kz.shagym.rules.Route;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;

/**
 * The plain reference for {@link RuleEvaluator}: the evaluator as it was before sessions were reused
 * (issue 10), kept unchanged apart from its name. A fresh session per decision, listeners added each
 * time, the answer read with one filtered {@code getObjects} scan per fact type, explanations and
 * warnings built from scratch ({@link FreshSessionExplanations}, {@link FreshSessionWarnings}).
 * {@code SessionReuseDifferentialTest} holds the fast path's answers to this one's, and
 * {@code DecisionThroughputBenchmark} measures both in one run.
 */
public final class FreshSessionEvaluator {

    /** Far above what the shipped rules need; stops a looping rule instead of hanging a thread. */
    private static final int MAX_FIRINGS = 10_000;

    /** Evaluates; the decision id is left empty for the caller to assign. */
    public Decision evaluate(CompiledRuleSet ruleSet, ComplaintFacts facts) {
        return evaluate(ruleSet, facts, rule -> { });
    }

    /**
     * Evaluates, and tells {@code onFiring} the name of every rule as it fires: what Drools did, for
     * scenario coverage and for the test that holds the trace to it, whatever the answer shows.
     */
    public Decision evaluate(CompiledRuleSet ruleSet, ComplaintFacts facts, Consumer<String> onFiring) {
        KieSession session = ruleSet.kieBase().newKieSession();
        Map<String, Rule> fired = new LinkedHashMap<>();
        Map<String, List<Object>> inserted = new HashMap<>();
        try {
            session.setGlobal("calendar", ruleSet.calendar());
            session.setGlobal("tables", ruleSet.tableRows());
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.putIfAbsent(event.getMatch().getRule().getName(), event.getMatch().getRule());
                    onFiring.accept(event.getMatch().getRule().getName());
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getRule() != null) {
                        inserted.computeIfAbsent(event.getRule().getName(), k -> new ArrayList<>()).add(event.getObject());
                    }
                }
            });
            session.insert(facts);
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules did not settle within " + MAX_FIRINGS + " firings");
            }
            return assemble(ruleSet, facts, session, fired.values(), inserted);
        } finally {
            session.dispose();
        }
    }

    private static Decision assemble(CompiledRuleSet ruleSet, ComplaintFacts facts, KieSession session,
            Collection<Rule> fired, Map<String, List<Object>> inserted) {
        Route route = one(session, Route.class, ruleSet)
                .orElseThrow(() -> new NoRuleCoversComplaint("No routing row covers respondent " + facts.respondent()
                        + " received by " + facts.receivedBy() + " in rule set " + ruleSet.versionId() + "."));
        Set<Object> used = Collections.newSetFromMap(new IdentityHashMap<>());
        used.add(route);
        Optional<FavorableActWaiver> waiver = one(session, FavorableActWaiver.class, ruleSet);
        waiver.ifPresent(used::add);
        boolean waived = waiver.isPresent();
        List<Overdue> overdueFacts = all(session, Overdue.class);
        used.addAll(overdueFacts);
        List<Overdue.Stage> overdue = overdueFacts.stream().map(Overdue::stage).toList();
        boolean asked = facts.asOf() != null;

        Forwarding forwarding;
        Optional<ForwardingDue> due = one(session, ForwardingDue.class, ruleSet);
        if (due.isPresent() && !waived) {
            used.add(due.get());
            forwarding = new Forwarding(true, due.get().workingDays(), due.get().count().deadline(),
                    asked ? overdue.contains(Overdue.Stage.FORWARDING) : null);
        } else {
            forwarding = new Forwarding(false, route.forwardingWorkingDays(), null, null);
        }

        Optional<ReviewDue> reviewDue = one(session, ReviewDue.class, ruleSet);
        reviewDue.ifPresent(r -> {
            used.add(r);
            used.add(r.limit());
        });
        Review review = reviewDue.map(r -> new Review(
                r.limit().reviewWorkingDays(), r.countedFrom(), r.count().deadline(),
                r.limit().maxExtensionWorkingDays(), r.extended() == null ? null : r.extended().deadline(),
                asked ? overdue.contains(Overdue.Stage.REVIEW) : null,
                r.count().deadline().plusDays(1))).orElse(null);

        CourtAccess access = one(session, CourtAccess.class, ruleSet)
                .orElseThrow(() -> new IllegalStateException("the rules decided nothing about court"));
        used.add(access);
        if ("DIRECT_BY_LAW".equals(access.ground())) {
            used.addAll(all(session, DirectCourtAccess.class));
        }
        Court court = new Court(access.allowed(), access.reasonEn(),
                new LocalizedText(access.reasonRu(), access.reasonKk(), access.reasonEn()), access.allowedFrom());

        List<Explanation> explanations = FreshSessionExplanations.of(ruleSet, fired, inserted, used);
        List<Warning> warnings = FreshSessionWarnings.of(explanations, all(session, Notice.class));

        // A favourable act waives only the forwarding: whoever received the complaint keeps and reviews it.
        Outcome outcome = waived ? Outcome.RESOLVED_BY_FAVORABLE_ACT : route.outcome();
        Body reviewingBody = waived ? facts.receivedBy() : route.reviewingBody();
        return new Decision(null, facts.complaintId(), ruleSet.versionId(), outcome,
                reviewingBody, route.competentAddressees(), forwarding, review, court, explanations, warnings,
                ruleSet.lawInForceOn(facts));
    }

    /** The one fact of this type, or none; two are the rule set's fault, never a first pick. */
    private static <T> Optional<T> one(KieSession session, Class<T> type, CompiledRuleSet ruleSet) {
        List<T> found = all(session, type);
        if (found.size() > 1) {
            throw new AmbiguousRuleResult("The rules of rule set " + ruleSet.versionId() + " derived "
                    + found.size() + " " + type.getSimpleName() + " facts for one complaint; the answer has room for one.");
        }
        return found.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> all(KieSession session, Class<T> type) {
        ObjectFilter filter = o -> type.isInstance(o);
        return (List<T>) (List<?>) new ArrayList<>(session.getObjects(filter));
    }

}

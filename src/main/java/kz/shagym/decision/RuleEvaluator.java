package kz.shagym.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.CourtAccess;
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
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;

/**
 * Runs one complaint through a compiled rule set and reads the answer off the facts the rules
 * derived. A fresh session per decision: nothing is shared between requests but the immutable
 * rule base. Public for the command line and scenarios, which evaluate without recording.
 */
public final class RuleEvaluator {

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
        List<Rule> fired = new ArrayList<>();
        try {
            session.setGlobal("calendar", ruleSet.calendar());
            session.setGlobal("tables", ruleSet.tableRows());
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule());
                    onFiring.accept(event.getMatch().getRule().getName());
                }
            });
            session.insert(facts);
            int firings = session.fireAllRules(MAX_FIRINGS);
            if (firings >= MAX_FIRINGS) {
                throw new IllegalStateException("rules did not settle within " + MAX_FIRINGS + " firings");
            }
            return assemble(ruleSet, facts, session, fired);
        } finally {
            session.dispose();
        }
    }

    private static Decision assemble(CompiledRuleSet ruleSet, ComplaintFacts facts, KieSession session, List<Rule> fired) {
        Route route = one(session, Route.class)
                .orElseThrow(() -> new NoRuleCoversComplaint("No routing row covers respondent " + facts.respondent()
                        + " received by " + facts.receivedBy() + " in rule set " + ruleSet.versionId() + "."));
        boolean waived = one(session, FavorableActWaiver.class).isPresent();
        List<Overdue.Stage> overdue = all(session, Overdue.class).stream().map(Overdue::stage).toList();
        boolean asked = facts.asOf() != null;

        Forwarding forwarding;
        Optional<ForwardingDue> due = one(session, ForwardingDue.class);
        if (due.isPresent() && !waived) {
            forwarding = new Forwarding(true, due.get().workingDays(), due.get().count().deadline(),
                    asked ? overdue.contains(Overdue.Stage.FORWARDING) : null);
        } else {
            forwarding = new Forwarding(false, route.forwardingWorkingDays(), null, null);
        }

        Review review = one(session, ReviewDue.class).map(r -> new Review(
                r.limit().reviewWorkingDays(), r.countedFrom(), r.count().deadline(),
                r.limit().maxExtensionWorkingDays(), r.extended() == null ? null : r.extended().deadline(),
                asked ? overdue.contains(Overdue.Stage.REVIEW) : null,
                r.count().deadline().plusDays(1))).orElse(null);

        CourtAccess access = one(session, CourtAccess.class)
                .orElseThrow(() -> new IllegalStateException("the rules decided nothing about court"));
        Court court = new Court(access.allowed(), access.reasonEn(), new LocalizedText(access.reasonRu(), access.reasonKk()),
                access.allowedFrom());

        Map<String, Warning> warnings = new LinkedHashMap<>();
        for (Notice n : all(session, Notice.class)) {
            warnings.putIfAbsent(n.code() + n.ru(), new Warning(n.code(), new LocalizedText(n.ru(), n.kk())));
        }

        Outcome outcome = waived ? Outcome.RESOLVED_BY_FAVORABLE_ACT : route.outcome();
        return new Decision(null, facts.complaintId(), ruleSet.versionId(), outcome,
                waived ? null : route.reviewingBody(), route.competentAddressees(), forwarding, review, court,
                explanations(ruleSet, fired), List.copyOf(warnings.values()));
    }

    private static List<Explanation> explanations(CompiledRuleSet ruleSet, List<Rule> fired) {
        List<Explanation> list = new ArrayList<>();
        for (Rule rule : fired) {
            Optional<RowOrigin> origin = ruleSet.origin(rule.getName());
            if (origin.isPresent()) {
                RowOrigin o = origin.get();
                list.add(new Explanation(rule.getName() + " (" + o.id() + ")", RuleSource.tableRow(
                        RuleSetSource.TABLES_DIR + o.file(), o.sheet(), o.row()), o.legalBasis(),
                        new LocalizedText(o.textRu(), o.textKk())));
                continue;
            }
            Map<String, Object> meta = rule.getMetaData();
            if (meta.containsKey("ru")) {
                String file = ruleSet.drlFile(rule.getName()).orElse(RuleSetSource.RULES_DIR);
                list.add(new Explanation(rule.getName(), RuleSource.drl(file, rule.getName()),
                        String.valueOf(meta.getOrDefault("legalBasis", "")),
                        new LocalizedText(String.valueOf(meta.get("ru")), String.valueOf(meta.getOrDefault("kk", meta.get("ru"))))));
            }
        }
        return list;
    }

    private static <T> Optional<T> one(KieSession session, Class<T> type) {
        Collection<T> found = all(session, type);
        return found.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> all(KieSession session, Class<T> type) {
        ObjectFilter filter = o -> type.isInstance(o);
        return (List<T>) (List<?>) new ArrayList<>(session.getObjects(filter));
    }

}

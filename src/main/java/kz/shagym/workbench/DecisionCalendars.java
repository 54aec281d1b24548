package kz.shagym.workbench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.shagym.decision.Decision;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.stereotype.Component;

/** A decision's dates on the calendar of the rule set that decided it. */
@Component
class DecisionCalendars {

    private final RuleSetRegistry registry;

    DecisionCalendars(RuleSetRegistry registry) {
        this.registry = registry;
    }

    List<CalendarMonths.Month> of(Decision decision, ComplaintFacts facts, Texts texts) {
        return registry.find(decision.rulesetVersion()).map(CompiledRuleSet::calendar)
                .map(calendar -> CalendarMonths.around(calendar, marks(decision, facts),
                        entry -> texts.pick(entry.reasonRu(), entry.reasonKk()), texts.weeklyOff()))
                .orElse(List.of());
    }

    static Map<String, LocalDate> marks(Decision decision, ComplaintFacts facts) {
        Map<String, LocalDate> marks = new LinkedHashMap<>();
        marks.put("received", facts.receivedOn());
        if (!Objects.equals(facts.registeredOn(), facts.receivedOn())) {
            marks.put("registered", facts.registeredOn());
        }
        if (facts.favorableAct() != null) {
            marks.put("act", facts.favorableAct().adoptedOn());
        }
        marks.put("asOf", facts.asOf());
        if (decision.forwarding() != null && decision.forwarding().required()) {
            marks.put("forwarding", decision.forwarding().deadline());
        }
        if (decision.review() != null) {
            marks.put("review", decision.review().deadline());
            marks.put("extended", decision.review().extendedDeadline());
        }
        return marks;
    }
}

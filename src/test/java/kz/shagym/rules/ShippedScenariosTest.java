package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.shagym.decision.Explanation;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.scenario.Scenario;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.scenario.ScenarioRunner;
import kz.shagym.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class ShippedScenariosTest {

    @Test
    void everyShippedScenarioPassesAgainstTheShippedRules() {
        ScenarioReport report = new ScenarioRunner().run(ShippedRuleSet.get());

        assertThat(report.total()).isGreaterThanOrEqualTo(35);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void shippedScenariosShouldReachEveryShippedTableRowAndTheKeyRules() {
        CompiledRuleSet rules = ShippedRuleSet.get();
        Set<String> reached = new TreeSet<>();
        for (Scenario s : Scenarios.of(rules)) {
            ShippedRuleSet.decide(s.facts()).explanations().stream().map(Explanation::rule).forEach(reached::add);
        }
        Set<String> rows = new TreeSet<>();
        ShippedRows.of("Routing").forEach(r -> rows.add(r.get("id")));
        ShippedRows.of("TimeLimits").forEach(r -> rows.add(r.get("id")));
        ShippedRows.of("CourtExceptions").forEach(r -> rows.add(r.get("id")));
        Set<String> reachedIds = reached.stream().filter(n -> n.endsWith(")"))
                .map(n -> n.substring(n.lastIndexOf('(') + 1, n.length() - 1)).collect(Collectors.toSet());

        assertThat(reachedIds).containsAll(rows);
        assertThat(reached).contains("Forwarding deadline", "Redirect deadline",
                "Favourable act fully satisfies the complaint within the forwarding period",
                "Partial favourable act does not waive forwarding",
                "Favourable act outside the forwarding period does not waive forwarding", "Review period",
                "Forwarding deadline passed on the day asked", "Redirect deadline passed on the day asked",
                "Review deadline passed on the day asked", "Court after the pre-trial appeal",
                "Missed review deadline counts as a refusal", "Court only after the pre-trial appeal");
    }
}

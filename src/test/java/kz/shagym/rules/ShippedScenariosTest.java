package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shagym.scenario.ScenarioReport;
import kz.shagym.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

class ShippedScenariosTest {

    @Test
    void everyShippedScenarioPassesAgainstTheShippedRules() {
        ScenarioReport report = new ScenarioRunner().run(ShippedRuleSet.get());

        assertThat(report.total()).isGreaterThanOrEqualTo(13);
        assertThat(report.failures()).isEmpty();
    }
}

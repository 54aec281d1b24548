package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shagym.scenario.ScenarioReport;
import kz.shagym.scenario.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** The shipped scenarios.xlsx tests every shipped table row: none fires for the first time in production. */
class ShippedCoverageTest {

    @Test
    void shippedScenariosReachEveryShippedRow() {
        ScenarioReport report = new ScenarioRunner().run(ShippedRuleSet.get());

        assertThat(report.uncoveredRows()).as("rows no shipped scenario reaches").isEmpty();
    }
}

package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.rules.Body;
import kz.shagym.rules.Outcome;
import org.junit.jupiter.api.Test;

/** The meters are kept after their first lookup: every decision must still count on its own series. */
class DecisionMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DecisionMeters meters = new DecisionMeters(registry);

    @Test
    void decidedShouldCountEachDecisionOnTheSeriesOfItsOutcomeVersionAndFiredRows() {
        Explanation rowFour = new Explanation("Routing row 4 (R01)",
                RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 4), "APPC Art. 91 p.4",
                new LocalizedText("Направить", "Жіберу"));
        // the same rule name at another row, as a later version may have it: a series of its own
        Explanation rowFourMoved = new Explanation("Routing row 4 (R01)",
                RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 9), "APPC Art. 91 p.4",
                new LocalizedText("Направить", "Жіберу"));
        Explanation period = new Explanation("Review period", RuleSource.drl("rules/periods.drl", "Review period"),
                "Law 88-V Art. 25 p.2", new LocalizedText("5 рабочих дней", "5 жұмыс күні"));

        meters.decided(decision("v1", Outcome.FORWARD_TO_REVIEWING_BODY, rowFour, period), false, 1_000_000);
        meters.decided(decision("v1", Outcome.FORWARD_TO_REVIEWING_BODY, rowFour, period), false, 3_000_000);
        meters.decided(decision("v2", Outcome.REVIEW_BY_RECEIVING_BODY, rowFourMoved), false, 2_000_000);
        meters.decided(decision("v2", Outcome.REVIEW_BY_RECEIVING_BODY, rowFourMoved), true, 2_000_000);
        meters.uncovered(5_000_000);

        assertThat(registry.get("shagym.decisions").tag("outcome", "FORWARD_TO_REVIEWING_BODY").timer().count()).isEqualTo(2);
        assertThat(registry.get("shagym.decisions").tag("outcome", "REVIEW_BY_RECEIVING_BODY").timer().count()).isEqualTo(2);
        assertThat(registry.get("shagym.decisions").tag("outcome", DecisionMeters.NO_RULE).timer().count()).isEqualTo(1);
        assertThat(versionCount("v1", false)).isEqualTo(2);
        assertThat(versionCount("v2", false)).isEqualTo(1);
        assertThat(versionCount("v2", true)).isEqualTo(1);
        assertThat(fires("Routing row 4 (R01)", "4")).isEqualTo(2);
        assertThat(fires("Routing row 4 (R01)", "9")).isEqualTo(1); // the what-if decision fired nothing counted
        assertThat(fires("Review period", "")).isEqualTo(2);
        assertThat(registry.get("shagym.rule.fires").counters()).hasSize(3);
    }

    private double versionCount(String version, boolean whatIf) {
        return registry.get("shagym.decisions.by.version").tag("version", version).tag("whatIf", Boolean.toString(whatIf))
                .counter().count();
    }

    private double fires(String rule, String row) {
        return registry.get("shagym.rule.fires").tag("rule", rule).tag("row", row).counter().count();
    }

    private static Decision decision(String version, Outcome outcome, Explanation... fired) {
        return new Decision("d", null, version, outcome, Body.HIGHER_BODY, List.of(),
                new Forwarding(true, 3, LocalDate.of(2025, 3, 27), false),
                new Review(5, LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 31), null, null, false, null),
                new Court(false, "pre-trial appeal not completed", new LocalizedText("не завершено", "аяқталмаған"), null),
                List.of(fired), List.of());
    }
}

package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;

import org.junit.jupiter.api.Test;

/** Each fixture is the shipped time-limits table with one thing broken. */
class TimeLimitTableFixturesTest {

    private static final String TIME_LIMITS = "time-limits.drl.xlsx";

    @Test
    void timeLimitsWhenServiceCodeHoldsInjectionShouldRejectThatCellAndNotReportAGap() {
        TableProblem p = onlyProblem(buildWith(TIME_LIMITS, "time-limits-injection-in-service-code.drl.xlsx"));

        assertAt(p, SERVICE_CODE_INVALID, TIME_LIMITS, "TimeLimits", "C4");
    }

    @Test
    void timeLimitsWhenRowHasDaysButNoCountedFromShouldRejectTheCountedFromCell() {
        TableProblem p = onlyProblem(buildWith(TIME_LIMITS, "time-limits-days-without-counted-from.drl.xlsx"));

        assertAt(p, COUNTED_FROM_REQUIRED, TIME_LIMITS, "TimeLimits", "E4");
    }
}

package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.shagym.inforce.Period;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import org.junit.jupiter.api.Test;

/**
 * Rows with periods of force ({@code validFrom}, {@code validTo}): each fixture is a shipped table with the
 * two columns added and one amendment written into it, as a lawyer would (see tables/README.md). Every
 * problem points at one cell of the rows it concerns and names the other's.
 */
class PeriodFixturesTest {

    private static final String ROUTING = "routing.drl.xlsx";
    private static final String TIME_LIMITS = "time-limits.drl.xlsx";
    private static final String COURT = "court-exceptions.drl.xlsx";
    private static final String CALENDAR = "calendar.xlsx";

    @Test
    void rowWhoseValidToIsBeforeItsValidFromShouldBeRejectedAtValidToNamingValidFrom() {
        TableProblem p = onlyProblem(buildWith(ROUTING, "routing-valid-to-before-valid-from.drl.xlsx"));

        assertAt(p, PERIOD_REVERSED, ROUTING, "Routing", "R4");
        // Q4 is a real Excel date, R4 the text 2025-12-31: both read as dates
        assertThat(p.messageRu()).contains("2025-12-31", "Q4", "2026-01-01");
        assertThat(p.messageEn()).contains("Q4");
    }

    @Test
    void amendmentPublishedInAdvanceShouldBeAcceptedWithEachRowsPeriod() {
        CompiledRuleSet set = built(shipped().with(RuleSetSource.TABLES_DIR + ROUTING,
                fixture("routing-amendment-published-in-advance.drl.xlsx")));

        assertThat(origin(set, "R01").inForce()).isEqualTo(new Period(null, LocalDate.of(2025, 12, 31)));
        assertThat(origin(set, "R23").inForce()).isEqualTo(new Period(LocalDate.of(2026, 1, 1), null));
        assertThat(origin(set, "R02").inForce()).isEqualTo(Period.ALWAYS);
    }

    @Test
    void amendmentThatBeginsAMonthAfterTheOldRowEndsShouldReportTheGapAtTheOldRowsValidTo() {
        TableProblem p = onlyProblem(buildWith(ROUTING, "routing-amendment-leaves-a-gap.drl.xlsx"));

        assertAt(p, PERIOD_GAP, ROUTING, "Routing", "R4");
        assertThat(p.messageEn()).contains("From 2026-01-01 to 2026-01-31", "respondent=SERVICE_PROVIDER",
                "receivedBy=SERVICE_PROVIDER", "R01 (R4)", "R23 (Q26)");
    }

    @Test
    void amendmentBelowARowThatStaysOpenShouldNeverFireAndNameThatRow() {
        TableProblem p = onlyProblem(buildWith(ROUTING, "routing-amendment-below-an-open-row-never-fires.drl.xlsx"));

        assertAt(p, ROW_UNREACHABLE, ROUTING, "Routing", "A26");
        assertThat(p.messageRu()).contains("R01 (A4)");
    }

    @Test
    void amendmentAboveARowThatStaysOpenShouldLeaveTheOldRowItsEarlierDays() {
        CompiledRuleSet set = built(shipped().with(RuleSetSource.TABLES_DIR + ROUTING,
                fixture("routing-amendment-on-top-leaves-the-old-row-its-earlier-days.drl.xlsx")));

        assertThat(origin(set, "R23").row()).isEqualTo(4);
        assertThat(origin(set, "R01").row()).isEqualTo(5);
        assertThat(origin(set, "R01").inForce()).isEqualTo(Period.ALWAYS);
    }

    @Test
    void timeLimitAmendmentBelowAnOpenGeneralRowShouldNeverFireAndNameThatRow() {
        TableProblem p = onlyProblem(buildWith(TIME_LIMITS, "time-limits-amendment-below-an-open-row-never-fires.drl.xlsx"));

        assertAt(p, TIME_LIMIT_DUPLICATE, TIME_LIMITS, "TimeLimits", "B10");
        assertThat(p.messageKk()).contains("T01 (A4)");
    }

    @Test
    void generalTimeLimitRowsWithAGapBetweenThemShouldReportItAtTheEarlierRowsValidTo() {
        TableProblem p = onlyProblem(buildWith(TIME_LIMITS, "time-limits-amendment-leaves-a-gap.drl.xlsx"));

        assertAt(p, PERIOD_GAP, TIME_LIMITS, "TimeLimits", "P4");
        assertThat(p.messageRu()).contains("2026-01-01", "2026-02-28", "receivedBy=SERVICE_PROVIDER", "T01 (P4)", "T07 (O10)");
    }

    @Test
    void serviceListedTwiceOnTheSameDaysShouldRejectTheLowerRowNamingTheUpper() {
        TableProblem p = onlyProblem(buildWith(COURT, "court-exceptions-service-listed-twice-on-the-same-days.drl.xlsx"));

        assertAt(p, SERVICE_DUPLICATE, COURT, "CourtExceptions", "B5");
        assertThat(p.messageEn()).contains("PS-1", "C01 (A4)");
    }

    /** Without a row for a service the pre-trial appeal is required: a law repealed and later reinstated is no gap. */
    @Test
    void courtExceptionRepealedAndReinstatedShouldBeAccepted() {
        CompiledRuleSet set = built(shipped().with(RuleSetSource.TABLES_DIR + COURT,
                fixture("court-exceptions-repealed-and-reinstated.drl.xlsx")));

        assertThat(origin(set, "C01").inForce().validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(origin(set, "C02").inForce().validFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void lawInForceByShouldDefaultToReceiptAndFollowTheCalendarsParameter() {
        ComplaintFacts facts = new ComplaintFacts(null, null, Respondent.SERVICE_PROVIDER, null, Body.SERVICE_PROVIDER,
                LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5), null, false, null);
        CompiledRuleSet byReceipt = built(shipped());
        CompiledRuleSet byRegistration = built(shipped().with(RuleSetSource.TABLES_DIR + CALENDAR,
                fixture("calendar-law-in-force-by-registration.xlsx")));

        assertThat(byReceipt.lawInForceOn(facts)).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(byRegistration.lawInForceOn(facts)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void lawInForceByWithAnUnknownValueShouldRejectThatCellListingTheAllowedValues() {
        TableProblem p = onlyProblem(buildWith(CALENDAR, "calendar-law-in-force-by-unknown-value.xlsx"));

        assertAt(p, PARAMETER_INVALID, CALENDAR, "Parameters", "B8");
        assertThat(p.messageRu()).contains("SIGNATURE", "LAW_IN_FORCE_BY", "RECEIPT, REGISTRATION");
    }

    private static CompiledRuleSet built(RuleSetSource source) {
        BuildResult result = build(source);
        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).ruleSet();
    }

    private static RowOrigin origin(CompiledRuleSet set, String id) {
        return set.tableRules().stream().map(TableRule::origin).filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}

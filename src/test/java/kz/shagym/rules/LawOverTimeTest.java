package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;

/**
 * "The law over time" (domain.md): the rows in force on the complaint's date decide, whatever version
 * is active when the question is asked. The amendments are the table fixtures of src/test/resources/tables
 * (R01 forwarded in 3 working days until 2025-12-31, R23 in 5 from 2026-01-01) or made here with POI.
 */
class LawOverTimeTest {

    private static final String ROUTING = "decision-tables/routing.drl.xlsx";
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void amendmentPublishedInAdvanceShouldKeepTheOldRowForEarlierComplaintsAndGiveLaterOnesTheNew() {
        CompiledRuleSet set = build(ShippedRuleSet.source().with(ROUTING, fixture("routing-amendment-published-in-advance.drl.xlsx")));

        Decision lastDayOfOld = evaluator.evaluate(set, complaint("2025-12-31", null));
        Decision firstDayOfNew = evaluator.evaluate(set, complaint("2026-01-01", null));

        assertThat(lastDayOfOld.lawInForceOn()).isEqualTo(DEC_31);
        assertThat(lastDayOfOld.forwarding().workingDays()).isEqualTo(3);
        assertThat(routing(lastDayOfOld).rule()).isEqualTo("Routing row 4 (R01)");
        assertThat(routing(lastDayOfOld).inForce()).isEqualTo(new Period(null, DEC_31));
        assertThat(firstDayOfNew.lawInForceOn()).isEqualTo(JAN_1);
        assertThat(firstDayOfNew.forwarding().workingDays()).isEqualTo(5);
        assertThat(routing(firstDayOfNew).rule()).isEqualTo("Routing row 26 (R23)");
        assertThat(routing(firstDayOfNew).inForce()).isEqualTo(new Period(JAN_1, null));
        assertThat(firstDayOfNew.explanations()).filteredOn(e -> e.source().drlRule() != null)
                .allSatisfy(e -> assertThat(e.inForce()).isNull());
    }

    @Test
    void complaintRegisteredAfterTheCommencementShouldGetTheNewRowOnlyWhenTheTablesPickTheLawByRegistration() {
        RuleSetSource amended = ShippedRuleSet.source().with(ROUTING, fixture("routing-amendment-published-in-advance.drl.xlsx"));
        CompiledRuleSet byReceipt = build(amended);
        CompiledRuleSet byRegistration = build(amended.with("decision-tables/calendar.xlsx",
                fixture("calendar-law-in-force-by-registration.xlsx")));
        ComplaintFacts receivedBeforeRegisteredAfter = complaint("2025-12-30", "2026-01-05");

        Decision underReceipt = evaluator.evaluate(byReceipt, receivedBeforeRegisteredAfter);
        Decision underRegistration = evaluator.evaluate(byRegistration, receivedBeforeRegisteredAfter);

        assertThat(underReceipt.lawInForceOn()).isEqualTo("2025-12-30");
        assertThat(routing(underReceipt).rule()).isEqualTo("Routing row 4 (R01)");
        assertThat(underReceipt.forwarding().workingDays()).isEqualTo(3);
        assertThat(underRegistration.lawInForceOn()).isEqualTo("2026-01-05");
        assertThat(routing(underRegistration).rule()).isEqualTo("Routing row 26 (R23)");
        assertThat(underRegistration.forwarding().workingDays()).isEqualTo(5);
    }

    @Test
    void traceShouldNameThePeriodOfTheRowNotInForceAsItsFailedCondition() {
        CompiledRuleSet set = build(ShippedRuleSet.source().with(ROUTING, fixture("routing-amendment-published-in-advance.drl.xlsx")));

        List<RowTrace> in2026 = set.trace(complaint("2026-01-05", null));
        List<RowTrace> in2025 = set.trace(complaint("2025-12-31", null));

        assertThat(row(in2026, "R01").failedCondition()).isEqualTo(new RowTrace.FailedCondition("validTo", "2025-12-31", "2026-01-05"));
        assertThat(row(in2026, "R23").fired()).isTrue();
        assertThat(row(in2025, "R23").failedCondition()).isEqualTo(new RowTrace.FailedCondition("validFrom", "2026-01-01", "2025-12-31"));
        assertThat(row(in2025, "R01").fired()).isTrue();
    }

    @Test
    void amendmentOnTopShouldShadowTheOldRowFromItsCommencementOnly() {
        CompiledRuleSet set = build(ShippedRuleSet.source().with(ROUTING,
                fixture("routing-amendment-on-top-leaves-the-old-row-its-earlier-days.drl.xlsx")));

        Decision before = evaluator.evaluate(set, complaint("2025-12-31", null));
        List<RowTrace> after = set.trace(complaint("2026-01-01", null));

        assertThat(routing(before).rule()).isEqualTo("Routing row 5 (R01)");
        assertThat(row(after, "R23").fired()).isTrue();
        assertThat(row(after, "R01").matched()).isTrue();
        assertThat(row(after, "R01").shadowedBy()).isEqualTo(row(after, "R23").rule());
    }

    /** No row for a service means the pre-trial appeal is required: a law repealed, then reinstated. */
    @Test
    void courtExceptionShouldOpenCourtOnlyWhileOneOfItsRowsIsInForce() {
        CompiledRuleSet set = build(ShippedRuleSet.source().with("decision-tables/court-exceptions.drl.xlsx",
                fixture("court-exceptions-repealed-and-reinstated.drl.xlsx")));

        assertThat(court(set, "2025-12-31")).isEqualTo("Court exceptions row 4 (C01)");
        assertThat(court(set, "2026-03-02")).isNull();
        assertThat(court(set, "2026-06-01")).isEqualTo("Court exceptions row 5 (C02)");
    }

    @Test
    void newReviewPeriodShouldApplyToComplaintsReceivedFromItsCommencement() {
        byte[] limits = TableEdit.of(ShippedRuleSet.source().file("decision-tables/time-limits.drl.xlsx")).withPeriods()
                .change("T01", cells("validTo", DEC_31))
                .append(cells("id", "T07", "receivedBy", "SERVICE_PROVIDER", "reviewWorkingDays", 10, "countedFrom", "REGISTRATION",
                        "legalBasis", "Закон № 88-V ст. 25 п. 2 в редакции 2026 года", "status", "LAW", "textRu", "Тест",
                        "textKk", "Тест", "validFrom", "2026-01-01"))
                .bytes();
        CompiledRuleSet set = build(ShippedRuleSet.source().with("decision-tables/time-limits.drl.xlsx", limits));

        assertThat(evaluator.evaluate(set, complaint("2025-12-31", null)).review().workingDays()).isEqualTo(5);
        Decision in2026 = evaluator.evaluate(set, complaint("2026-01-02", null));
        assertThat(in2026.review().workingDays()).isEqualTo(10);
        assertThat(in2026.explanations()).extracting(Explanation::rule).contains("Time limits row 10 (T07)");
    }

    private static ComplaintFacts complaint(String receivedOn, String registeredOn) {
        return new ComplaintFacts("ЖК-2026/1", "PS-1", Respondent.SERVICE_PROVIDER, Subject.DECISION, Body.SERVICE_PROVIDER,
                LocalDate.parse(receivedOn), registeredOn == null ? null : LocalDate.parse(registeredOn), null, false, null);
    }

    private static Explanation routing(Decision d) {
        return d.explanations().stream().filter(e -> e.rule().startsWith("Routing row")).findFirst().orElseThrow();
    }

    private String court(CompiledRuleSet set, String receivedOn) {
        return evaluator.evaluate(set, complaint(receivedOn, null)).explanations().stream().map(Explanation::rule)
                .filter(rule -> rule.startsWith("Court exceptions row")).findFirst().orElse(null);
    }

    private static RowTrace row(List<RowTrace> trace, String id) {
        return trace.stream().filter(t -> t.rule().origin().id().equals(id)).findFirst().orElseThrow();
    }

    static byte[] fixture(String name) {
        try (InputStream in = LawOverTimeTest.class.getResourceAsStream("/tables/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }

    static Map<String, Object> cells(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}

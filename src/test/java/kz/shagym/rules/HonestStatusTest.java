package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.complaint;
import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Warning;
import org.junit.jupiter.api.Test;

/** Ruling 2: LAW only where the seed says it; every answer on anything else warns, naming it (issue 8, item 2). */
class HonestStatusTest {

    @Test
    void shippedRoutingRowsShouldBeLawOnlyWhereTheSeedTextSaysIt() {
        Map<String, String> expected = Map.ofEntries(
                // The text names the quality-control body too: the higher body is a default.
                Map.entry("R01", "ASSUMPTION"), Map.entry("R02", "ASSUMPTION"), Map.entry("R03", "ASSUMPTION"),
                Map.entry("R04", "ASSUMPTION"), Map.entry("R05", "ASSUMPTION"), Map.entry("R06", "ASSUMPTION"),
                Map.entry("R07", "LAW"), Map.entry("R08", "LAW"),
                // Redirects rest on APPC Art. 65, which the seed does not contain.
                Map.entry("R09", "ASSUMPTION"), Map.entry("R10", "ASSUMPTION"), Map.entry("R11", "ASSUMPTION"),
                Map.entry("R12", "ASSUMPTION"), Map.entry("R15", "ASSUMPTION"), Map.entry("R16", "ASSUMPTION"),
                Map.entry("R17", "ASSUMPTION"), Map.entry("R18", "ASSUMPTION"),
                // The State Corporation rule is given for action or inaction only.
                Map.entry("R13", "LAW"), Map.entry("R14", "LAW"), Map.entry("R19", "LAW"), Map.entry("R20", "LAW"),
                Map.entry("R21", "ASSUMPTION"), Map.entry("R22", "ASSUMPTION"));

        assertThat(ShippedRows.of("Routing")).allSatisfy(row ->
                assertThat(row.get("status")).as(row.get("id")).isEqualTo(expected.get(row.get("id"))));
        assertThat(ShippedRows.of("Routing")).hasSize(expected.size());
    }

    @Test
    void shippedTimeLimitsShouldMarkPeriodsByAnalogyAsAssumptions() {
        assertThat(ShippedRows.of("TimeLimits")).allSatisfy(row -> {
            boolean analogy = row.get("legalBasis").contains("по аналогии");
            assertThat(row.get("status")).as(row.get("id")).isEqualTo(analogy ? "ASSUMPTION" : "LAW");
        });
        assertThat(ShippedRows.row("TimeLimits", "T04").get("extensionStatus")).isEqualTo("UNVERIFIED");
    }

    @Test
    void citationsTheSeedDoesNotContainShouldBeMarkedNotVerifiedInEveryLanguage() {
        assertThat(ShippedRows.of("Routing")).filteredOn(r -> r.get("legalBasis").contains("ст. 65")).isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(r.get("legalBasis")).contains("не сверено");
                    assertThat(r.get("legalBasisKk")).contains("салыстырылмаған");
                    assertThat(r.get("legalBasisEn")).contains("not verified");
                });
    }

    @Test
    void redirectOfAStateCorporationComplaintShouldWarnNamingItsRow() {
        Decision d = decide(complaint(Respondent.STATE_CORPORATION_EMPLOYEE, Body.SERVICE_PROVIDER, "2025-03-19"));

        Warning w = d.warnings().stream().filter(x -> "R15".equals(x.rowId())).findFirst().orElseThrow();
        assertThat(w.code()).isEqualTo("ROUTING_ASSUMPTION");
        assertThat(w.status()).isEqualTo(RuleStatus.ASSUMPTION);
        assertThat(w.source().row()).isEqualTo(18);
        assertThat(w.text().ru()).contains("R15");
        assertThat(w.text().kk()).contains("R15");
        assertThat(w.text().en()).contains("R15");
    }

    @Test
    void complaintAboutAnEmployeesDecisionShouldWarnThatTheRuleForActionsWasApplied() {
        ComplaintFacts decision = new ComplaintFacts(null, null, Respondent.STATE_CORPORATION_EMPLOYEE, Subject.DECISION,
                Body.STATE_CORPORATION_HEAD, LocalDate.parse("2025-03-19"), null, null, false, null);
        ComplaintFacts action = new ComplaintFacts(null, null, Respondent.STATE_CORPORATION_EMPLOYEE, Subject.ACTION,
                Body.STATE_CORPORATION_HEAD, LocalDate.parse("2025-03-19"), null, null, false, null);

        assertThat(decide(decision).warnings()).extracting(Warning::rowId).contains("R21");
        assertThat(decide(action).warnings()).extracting(Warning::code).doesNotContain("ROUTING_ASSUMPTION", "ROUTING_UNVERIFIED");
    }

    @Test
    void deadlineCrossingAnUnverifiedHolidayShouldWarnNamingTheDay() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2026-05-26"));

        assertThat(d.forwarding().deadline()).isEqualTo("2026-06-01");
        assertThat(d.warnings()).filteredOn(w -> w.code().equals("CALENDAR_DAY_UNVERIFIED"))
                .singleElement().satisfies(w -> {
                    assertThat(w.date()).isEqualTo("2026-05-27");
                    assertThat(w.text().ru()).contains("2026-05-27");
                    assertThat(w.text().kk()).contains("2026-05-27");
                    assertThat(w.text().en()).contains("2026-05-27");
                });
    }

    @Test
    void deadlinesOnCheckedDaysOnlyShouldNotWarnAboutTheCalendar() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.QUALITY_CONTROL_BODY, "2025-03-19"));

        assertThat(d.warnings()).extracting(Warning::code).noneMatch(c -> c.startsWith("CALENDAR_DAY_"));
        assertThat(d.warnings()).extracting(Warning::code).noneMatch(c -> c.startsWith("ROUTING_"));
    }

    @Test
    void favourableActShouldKeepTheWarningsOfItsReview() {
        Decision d = decide(new ComplaintFacts(null, "svc-1", Respondent.OFFICIAL, null, Body.OFFICIAL,
                LocalDate.parse("2026-05-26"), null, new FavorableAct(LocalDate.parse("2026-05-26"), true), false,
                LocalDate.parse("2026-06-04")));

        assertThat(d.outcome()).isEqualTo(Outcome.RESOLVED_BY_FAVORABLE_ACT);
        assertThat(d.reviewingBody()).isEqualTo(Body.OFFICIAL);
        assertThat(d.review().deadline()).isEqualTo("2026-06-03");
        assertThat(d.review().overdue()).isTrue();
        assertThat(d.court().allowedFrom()).isEqualTo("2026-06-04");
        assertThat(d.warnings()).extracting(w -> w.code() + ":" + (w.rowId() != null ? w.rowId() : w.date() != null ? w.date() : w.rule()))
                .containsExactly("ROUTING_ASSUMPTION:R02", "TIME_LIMIT_ASSUMPTION:T02",
                        "RULE_UNVERIFIED:Missed review deadline counts as a refusal", "CALENDAR_DAY_UNVERIFIED:2026-05-27");
    }
}

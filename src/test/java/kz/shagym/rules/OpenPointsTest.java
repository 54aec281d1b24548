package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.complaint;
import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.shagym.decision.Warning;
import org.junit.jupiter.api.Test;

/** Every point domain.md says the text leaves open shows as a flagged row or rule and a warning (issue 8, item 7). */
class OpenPointsTest {

    private static ComplaintFacts asked(Respondent r, Body b, String on, String asOf, String service) {
        return new ComplaintFacts(null, service, r, null, b, LocalDate.parse(on), null, null, false,
                asOf == null ? null : LocalDate.parse(asOf));
    }

    @Test
    void defaultReviewingBodyShouldBeAFlaggedRow() {
        assertThat(decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19")).warnings())
                .extracting(Warning::rowId).contains("R01");
    }

    @Test
    void reviewPeriodsTheTextDoesNotGiveShouldBeFlaggedRows() {
        for (Body b : new Body[] {Body.OFFICIAL, Body.HIGHER_BODY, Body.STATE_CORPORATION_HEAD, Body.INFORMATIZATION_BODY}) {
            Respondent r = b == Body.STATE_CORPORATION_HEAD || b == Body.INFORMATIZATION_BODY
                    ? Respondent.STATE_CORPORATION_EMPLOYEE : Respondent.OFFICIAL;
            assertThat(decide(complaint(r, b, "2025-03-19")).warnings()).as(b.name())
                    .anyMatch(w -> w.code().equals("TIME_LIMIT_ASSUMPTION") && w.rowId().startsWith("T"));
        }
    }

    @Test
    void extensionOfTheQualityControlPeriodShouldBeFlaggedUnverified() {
        assertThat(decide(complaint(Respondent.SERVICE_PROVIDER, Body.QUALITY_CONTROL_BODY, "2025-03-19")).warnings())
                .anyMatch(w -> w.code().equals("EXTENSION_UNVERIFIED") && "T04".equals(w.rowId())
                        && w.status() == RuleStatus.UNVERIFIED);
    }

    @Test
    void redirectShouldBeAFlaggedRow() {
        assertThat(decide(complaint(Respondent.OFFICIAL, Body.INFORMATIZATION_BODY, "2025-03-19")).warnings())
                .anyMatch(w -> w.code().equals("ROUTING_ASSUMPTION") && "R12".equals(w.rowId()));
    }

    @Test
    void courtWithoutAServiceCodeShouldWarnThatExceptionsWereNotChecked() {
        assertThat(decide(asked(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19", null, null)).warnings())
                .extracting(Warning::code).contains("COURT_EXCEPTIONS_NOT_CHECKED");
        assertThat(decide(asked(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19", null, "svc-7")).warnings())
                .extracting(Warning::code).doesNotContain("COURT_EXCEPTIONS_NOT_CHECKED");
    }

    @Test
    void deemedRefusalShouldBeFlaggedAsAnUnverifiedRule() {
        assertThat(decide(asked(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19", "2025-04-01", "svc-7")).warnings())
                .anyMatch(w -> w.code().equals("RULE_UNVERIFIED") && w.rule().equals("Missed review deadline counts as a refusal")
                        && w.source().file().equals("rules/decision.drl"));
    }
}

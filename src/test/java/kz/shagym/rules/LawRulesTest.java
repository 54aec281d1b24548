package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.complaint;
import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import org.junit.jupiter.api.Test;

/** Each rule of docs/domain.md, through the shipped tables and DRL, without Spring. */
class LawRulesTest {

    private static final LocalDate MAR_19 = LocalDate.of(2025, 3, 19);

    private static ComplaintFacts with(ComplaintFacts c, FavorableAct act, boolean preTrial, String asOf, String registeredOn) {
        return new ComplaintFacts(c.complaintId(), c.serviceCode(), c.respondent(), c.subject(), c.receivedBy(),
                c.receivedOn(), registeredOn == null ? null : LocalDate.parse(registeredOn), act, preTrial,
                asOf == null ? null : LocalDate.parse(asOf));
    }

    @Test
    void complaintAtTheProviderIsForwardedToTheHigherBodyWithinThreeWorkingDaysAcrossNauryz() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD_TO_REVIEWING_BODY);
        assertThat(d.reviewingBody()).isEqualTo(Body.HIGHER_BODY);
        assertThat(d.forwarding().required()).isTrue();
        assertThat(d.forwarding().workingDays()).isEqualTo(3);
        assertThat(d.forwarding().deadline()).isEqualTo("2025-03-27");
    }

    @Test
    void complaintAtTheProviderIsReviewedWithinFiveWorkingDaysOfRegistration() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.review().workingDays()).isEqualTo(5);
        assertThat(d.review().countedFrom()).isEqualTo(MAR_19);
        assertThat(d.review().deadline()).isEqualTo("2025-03-31");
    }

    @Test
    void complaintReceivedOnATransferredDayOffCountsTheWorkingSunday() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-01-03"));

        assertThat(d.forwarding().deadline()).isEqualTo("2025-01-08");
    }

    @Test
    void reviewCountsFromRegistrationWhileForwardingCountsFromReceipt() {
        Decision d = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"),
                null, false, null, "2025-03-20"));

        assertThat(d.forwarding().deadline()).isEqualTo("2025-03-27");
        assertThat(d.review().countedFrom()).isEqualTo("2025-03-20");
        assertThat(d.review().deadline()).isEqualTo("2025-04-01");
    }

    @Test
    void favourableActThatFullySatisfiesWithinThePeriodWaivesOnlyTheForwarding() {
        Decision d = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"),
                new FavorableAct(LocalDate.parse("2025-03-27"), true), false, null, null));

        assertThat(d.outcome()).isEqualTo(Outcome.RESOLVED_BY_FAVORABLE_ACT);
        assertThat(d.forwarding().required()).isFalse();
        assertThat(d.forwarding().deadline()).isNull();
        assertThat(d.reviewingBody()).isEqualTo(Body.SERVICE_PROVIDER);
        assertThat(d.review().workingDays()).isEqualTo(5);
        assertThat(d.review().deadline()).isEqualTo("2025-03-31");
        assertThat(d.explanations()).extracting(Explanation::rule)
                .contains("Favourable act fully satisfies the complaint within the forwarding period");
    }

    @Test
    void partialFavourableActDoesNotWaiveForwarding() {
        Decision d = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"),
                new FavorableAct(LocalDate.parse("2025-03-20"), false), false, null, null));

        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD_TO_REVIEWING_BODY);
        assertThat(d.forwarding().required()).isTrue();
        assertThat(d.explanations()).extracting(Explanation::rule).contains("Partial favourable act does not waive forwarding");
    }

    @Test
    void favourableActAdoptedTheDayAfterTheForwardingDeadlineDoesNotWaiveForwarding() {
        Decision d = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"),
                new FavorableAct(LocalDate.parse("2025-03-28"), true), false, null, null));

        assertThat(d.outcome()).isEqualTo(Outcome.FORWARD_TO_REVIEWING_BODY);
        assertThat(d.forwarding().required()).isTrue();
    }

    @Test
    void qualityControlBodyReviewsWithinFifteenWorkingDaysAndMayExtendByAnUnverifiedTen() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.QUALITY_CONTROL_BODY, "2025-03-19"));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW_BY_RECEIVING_BODY);
        assertThat(d.reviewingBody()).isEqualTo(Body.QUALITY_CONTROL_BODY);
        assertThat(d.forwarding().required()).isFalse();
        assertThat(d.review().workingDays()).isEqualTo(15);
        assertThat(d.review().deadline()).isEqualTo("2025-04-14");
        assertThat(d.review().maxExtensionWorkingDays()).isEqualTo(10);
        assertThat(d.warnings()).extracting(w -> w.code()).contains("EXTENSION_UNVERIFIED");
    }

    @Test
    void stateCorporationEmployeeComplaintIsReviewedByTheHeadOrTheInformatizationBody() {
        assertThat(decide(complaint(Respondent.STATE_CORPORATION_EMPLOYEE, Body.STATE_CORPORATION_HEAD, "2025-03-19")).reviewingBody())
                .isEqualTo(Body.STATE_CORPORATION_HEAD);
        assertThat(decide(complaint(Respondent.STATE_CORPORATION_EMPLOYEE, Body.INFORMATIZATION_BODY, "2025-03-19")).reviewingBody())
                .isEqualTo(Body.INFORMATIZATION_BODY);
    }

    @Test
    void stateCorporationComplaintReceivedByTheProviderIsRedirectedWithinThreeWorkingDays() {
        Decision d = decide(complaint(Respondent.STATE_CORPORATION_EMPLOYEE, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.outcome()).isEqualTo(Outcome.REDIRECT_TO_COMPETENT_BODY);
        assertThat(d.competentAddressees()).containsExactly(Body.STATE_CORPORATION_HEAD, Body.INFORMATIZATION_BODY);
        assertThat(d.forwarding().deadline()).isEqualTo("2025-03-27");
        assertThat(d.review()).isNull();
    }

    @Test
    void courtIsClosedUntilThePreTrialAppealIsDecided() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.court().allowed()).isFalse();
        assertThat(d.court().reason()).contains("APPC Art. 91 p.5");
    }

    @Test
    void courtOpensOnceThePreTrialAppealIsDecided() {
        Decision d = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"), null, true, null, null));

        assertThat(d.court().allowed()).isTrue();
    }

    @Test
    void missedReviewDeadlineCountsAsRefusalFromTheNextDay() {
        Decision onDeadline = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"), null, false, "2025-03-31", null));
        Decision dayAfter = decide(with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"), null, false, "2025-04-01", null));

        assertThat(onDeadline.court().allowed()).isFalse();
        assertThat(onDeadline.review().overdue()).isFalse();
        assertThat(dayAfter.court().allowed()).isTrue();
        assertThat(dayAfter.court().allowedFrom()).isEqualTo("2025-04-01");
        assertThat(dayAfter.review().overdue()).isTrue();
        assertThat(dayAfter.forwarding().overdue()).isTrue();
    }

    @Test
    void withoutAsOfNoTimeDependentAnswerIsGiven() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.forwarding().overdue()).isNull();
        assertThat(d.review().overdue()).isNull();
    }

    @Test
    void deadlineBeyondTheCalendarYearsCarriesAWarning() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2027-12-29"));

        assertThat(d.warnings()).extracting(w -> w.code()).contains("DEADLINE_BEYOND_CALENDAR");
    }

    @Test
    void assumedReviewPeriodIsFlaggedAsAnAssumption() {
        Decision d = decide(complaint(Respondent.OFFICIAL, Body.OFFICIAL, "2025-03-19"));

        assertThat(d.review().workingDays()).isEqualTo(5);
        assertThat(d.warnings()).extracting(w -> w.code()).contains("TIME_LIMIT_ASSUMPTION");
    }

    @Test
    void explanationsPointToTheTableRowThatRouted() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        Explanation routing = d.explanations().stream()
                .filter(e -> "decision-tables/routing.drl.xlsx".equals(e.source().file())).findFirst().orElseThrow();
        assertThat(routing.source().sheet()).isEqualTo("Routing");
        assertThat(routing.source().row()).isEqualTo(4);
        assertThat(routing.legalBasis()).contains("91");
        assertThat(routing.text().ru()).isNotBlank();
        assertThat(routing.text().kk()).isNotBlank();
    }

    @Test
    void sameFactsAndVersionGiveTheSameAnswer() {
        ComplaintFacts facts = with(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"), null, false, "2025-04-01", null);

        assertThat(decide(facts)).isEqualTo(decide(facts));
    }
}

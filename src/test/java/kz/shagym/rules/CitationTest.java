package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.complaint;
import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import org.junit.jupiter.api.Test;

/** Ruling 3: each explanation names the row or rule that decided that part of the answer (issue 8, item 3). */
class CitationTest {

    private static String bases(Decision d) {
        return String.join(" | ", d.explanations().stream().map(Explanation::legalBasis).toList());
    }

    @Test
    void forwardingShouldCiteArticle91AndNotArticle65() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.SERVICE_PROVIDER, "2025-03-19"));

        assertThat(d.explanations()).filteredOn(e -> e.rule().equals("Forwarding deadline")).singleElement()
                .extracting(Explanation::legalBasis).isEqualTo("APPC Art. 91 p.4");
        assertThat(bases(d)).doesNotContain("65");
    }

    @Test
    void redirectShouldCiteArticle65AndNoTimeLimitsRow() {
        Decision d = decide(complaint(Respondent.STATE_CORPORATION_EMPLOYEE, Body.QUALITY_CONTROL_BODY, "2025-03-19"));

        assertThat(d.explanations()).extracting(Explanation::rule)
                .containsExactly("Routing row 21 (R18)", "Redirect deadline", "Court only after the pre-trial appeal");
        assertThat(d.explanations().get(1).legalBasis()).contains("Art. 65").doesNotContain("91");
    }

    @Test
    void waivedForwardingShouldNotBeExplainedAsAnObligation() {
        Decision d = decide(new ComplaintFacts(null, null, Respondent.SERVICE_PROVIDER, null, Body.SERVICE_PROVIDER,
                LocalDate.parse("2025-03-19"), null, new FavorableAct(LocalDate.parse("2025-03-20"), true), false, null));

        assertThat(d.explanations()).extracting(Explanation::rule).doesNotContain("Forwarding deadline")
                .contains("Favourable act fully satisfies the complaint within the forwarding period", "Time limits row 4 (T01)");
    }

    @Test
    void periodByAnalogyShouldSaySo() {
        Decision d = decide(complaint(Respondent.OFFICIAL, Body.HIGHER_BODY, "2025-03-19"));

        Explanation limit = d.explanations().stream().filter(e -> e.rule().startsWith("Time limits row")).findFirst().orElseThrow();
        assertThat(limit.legalBasisText().ru()).contains("по аналогии");
        assertThat(limit.legalBasisText().kk()).contains("ұқсастық бойынша");
        assertThat(limit.legalBasisText().en()).contains("by analogy");
        assertThat(limit.text().ru()).contains("по аналогии");
    }

    @Test
    void fifteenDayPeriodShouldNotBeTiedToArticle25() {
        Decision d = decide(complaint(Respondent.SERVICE_PROVIDER, Body.QUALITY_CONTROL_BODY, "2025-03-19"));

        assertThat(bases(d)).doesNotContain("25");
    }

    @Test
    void reviewPeriodRuleShouldPointToTheTableRowInsteadOfCitingALaw() {
        Decision d = decide(complaint(Respondent.OFFICIAL, Body.OFFICIAL, "2025-03-19"));

        assertThat(d.explanations()).filteredOn(e -> e.rule().equals("Review period")).singleElement()
                .satisfies(e -> assertThat(e.legalBasis()).doesNotContain("Art. 25"));
    }
}

package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a replayed answer is held to the stored one, field by field. */
class AnswerDifferencesTest {

    private final CanonicalJson json = new CanonicalJson();

    @Test
    void fieldsAddedToTheAnswerAfterARecordWasWrittenShouldNotCountAsDifferences() {
        var recorded = json.read("""
                {"outcome":"FORWARD_TO_REVIEWING_BODY","explanations":[{"rule":"Routing row 4 (R01)"}]}""");
        var replayed = json.read("""
                {"outcome":"FORWARD_TO_REVIEWING_BODY","lawInForceOn":"2025-03-19",
                 "explanations":[{"rule":"Routing row 4 (R01)","inForce":{"validFrom":null,"validTo":null}}]}""");

        assertThat(AnswerDifferences.between(recorded, replayed)).isEmpty();
    }

    @Test
    void fieldTheRecordHoldsAsNullShouldDifferFromAValue() {
        var recorded = json.read("""
                {"lawInForceOn":null,"explanations":[{"rule":"Routing row 4 (R01)","inForce":{"validFrom":null}}]}""");
        var replayed = json.read("""
                {"lawInForceOn":"2026-01-05","explanations":[{"rule":"Routing row 26 (R23)","inForce":{"validFrom":"2026-01-01"}}]}""");

        assertThat(AnswerDifferences.between(recorded, replayed)).extracting(ReplayReport.Difference::path)
                .containsExactly("explanations[0].inForce.validFrom", "explanations[0].rule", "lawInForceOn");
    }
}

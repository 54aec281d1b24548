package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.GeneratedComplaints;
import kz.shagym.ruleset.CompiledRuleSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers written with each explanation's earlier text must be the answers written afresh, to the
 * character: the lawyers' scenarios and thousands of generated complaints on the shipped rule set,
 * twice over (the second time every explanation comes from its earlier text), compact and indented.
 */
class ReusedExplanationTextsTest {

    private final JsonMapper afresh = JsonMapper.builder().build();
    private final JsonMapper reusing = JsonMapper.builder().addModule(new ReusedExplanationTexts()).build();

    @Test
    void answersWrittenWithReusedExplanationTextsShouldEqualAnswersWrittenAfresh() throws Exception {
        CompiledRuleSet shipped = SessionReuseDifferentialTest.build(SessionReuseDifferentialTest.shippedSource());
        List<ComplaintFacts> complaints = GeneratedComplaints.of(shipped, Arrays.asList(null, "PS-1", "OTHER"), 2);
        RuleEvaluator evaluator = new RuleEvaluator();
        int answers = 0;
        for (int round = 0; round < 2; round++) {
            for (ComplaintFacts facts : complaints) {
                Decision decision;
                try {
                    decision = evaluator.evaluate(shipped, facts);
                } catch (RuntimeException refused) {
                    continue;
                }
                String expected = afresh.writeValueAsString(decision);
                assertThat(reusing.writeValueAsString(decision)).as("answer to %s", facts).isEqualTo(expected);
                // as a response is written: to bytes
                assertThat(new String(reusing.writeValueAsBytes(decision), StandardCharsets.UTF_8)).isEqualTo(expected);
                answers++;
            }
        }
        assertThat(answers).isGreaterThan(2_000);
    }

    @Test
    void anIndentedAnswerShouldBeIndentedAsWrittenAfreshAndNotTakeACompactText() {
        Decision decision = TestDecisions.forwardToHigherBody();
        reusing.writeValueAsString(decision); // leaves compact texts behind

        assertThat(reusing.writerWithDefaultPrettyPrinter().writeValueAsString(decision))
                .isEqualTo(afresh.writerWithDefaultPrettyPrinter().writeValueAsString(decision));
    }

    @Test
    void twoExplanationsThatAreEqualButNotTheSameObjectShouldEachBeWrittenFromTheirOwnValues() {
        Explanation one = new Explanation("Routing row 4 (R01)", null, "АППК РК ст. 91 п. 4", null);
        Explanation other = new Explanation("Routing row 5 (R02)", null, "АППК РК ст. 91 п. 4", null);

        assertThat(reusing.writeValueAsString(List.of(one, other, one)))
                .isEqualTo(afresh.writeValueAsString(List.of(one, other, one)));
    }
}

package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.decision.ApplicationJson;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.GeneratedComplaints;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canonical JSON: sorted, stable, read back to the same text. The audit writes the facts and the answer straight to canonical JSON, reusing each explanation's
 * text; before, it built a tree of each and wrote the tree. Stored texts are hashed, so the two must
 * agree to the character: held here on real answers of the shipped rule set, for the lawyers'
 * scenarios and thousands of generated complaints.
 */
class CanonicalJsonTest {

    private final CanonicalJson json = new CanonicalJson();
    /** The application's mapper, as it writes an answer. */
    private final JsonMapper application = ApplicationJson.mapper();

    @Test
    void writeShouldSortKeysAtEveryLevelAndWriteDatesAsIsoText() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("zeta", Map.of("b", 2, "a", LocalDate.of(2025, 3, 19)));
        value.put("alpha", null);

        assertThat(json.write(json.tree(value))).isEqualTo("{\"alpha\":null,\"zeta\":{\"a\":\"2025-03-19\",\"b\":2}}");
    }

    @Test
    void writeWhenTheTextIsReadBackShouldGiveTheSameText() {
        ComplaintFacts facts = Fixtures.facts("ЖК-1 \"срочно\"");
        String once = json.write(json.tree(Fixtures.decision("d-1", "v1", facts)));

        assertThat(json.write(json.read(once))).isEqualTo(once);
        assertThat(once).contains("\"deadline\":\"2025-03-31\"").contains("Шағымды 3 жұмыс күні ішінде жіберу");
    }

    @Test
    void readWhenGivenStoredFactsShouldGiveTheSameFacts() {
        ComplaintFacts facts = Fixtures.facts("c-1");

        assertThat(json.read(json.read(json.write(json.tree(facts))), ComplaintFacts.class)).isEqualTo(facts);
    }

    @Test
    void writingFactsAndAnswersDirectlyOrAsEitherStoreKeepsThemShouldGiveTheTextOfTheirTreesForEveryScenarioAndGeneratedComplaint() {
        CompiledRuleSet shipped = shipped();
        List<ComplaintFacts> complaints = GeneratedComplaints.of(shipped, Arrays.asList(null, "PS-1", "OTHER"), 2);
        RuleEvaluator evaluator = new RuleEvaluator();
        int answers = 0;
        for (int round = 0; round < 2; round++) { // the second round writes every explanation from its reused text
            for (ComplaintFacts facts : complaints) {
                assertThat(json.write(facts)).isEqualTo(json.write(json.tree(facts)));
                Decision decision;
                try {
                    decision = evaluator.evaluate(shipped, facts).withDecisionId("d-" + answers);
                } catch (RuntimeException refused) {
                    continue; // no answer, nothing recorded
                }
                String direct = json.write(decision);
                assertThat(direct).as("answer to %s", facts).isEqualTo(json.write(json.tree(decision)));
                assertThat(json.write(json.read(direct))).isEqualTo(direct);
                assertThat(new String(json.writeUtf8(decision), StandardCharsets.UTF_8)).isEqualTo(direct);
                // as the log stores it: explanations referred to, and put back where they were
                StoredTexts.StoredAnswer stored = json.store(decision);
                assertThat(new String(stored.whole(), StandardCharsets.UTF_8)).isEqualTo(direct);
                assertThat(new String(stored.utf8(), StandardCharsets.UTF_8)).doesNotContain("\"legalBasisText\"");
                // as H2 stores it: written once, each explanation's earlier text copied in, nothing referred to
                StoredTexts.StoredAnswer whole = json.whole(decision);
                assertThat(new String(whole.whole(), StandardCharsets.UTF_8)).isEqualTo(direct);
                assertThat(whole.utf8()).isSameAs(whole.whole());
                assertThat(whole.texts()).isEmpty();
                // an answer's own property order is the canonical one: the API releases the recorded text as it is
                assertThat(new String(application.writeValueAsBytes(decision), StandardCharsets.UTF_8)).isEqualTo(direct);
                answers++;
            }
        }
        assertThat(answers).isGreaterThan(2_000);
    }

    @Test
    void anExplanationShouldBeWrittenFromItsOwnValuesNotFromAnEqualOnesText() {
        Explanation one = new Explanation("Routing row 4 (R01)", null, "АППК РК ст. 91 п. 4", null);
        Explanation other = new Explanation("Routing row 5 (R02)", null, "АППК РК ст. 91 п. 4", null);

        assertThat(json.write(one)).contains("R01").doesNotContain("R02");
        assertThat(json.write(other)).contains("R02").doesNotContain("R01");
        assertThat(json.write(List.of(one, other, one))).isEqualTo(json.write(json.tree(List.of(one, other, one))));
    }

    private static CompiledRuleSet shipped() {
        BuildResult result = new RuleSetBuilder().build(RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables")));
        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).ruleSet();
    }
}

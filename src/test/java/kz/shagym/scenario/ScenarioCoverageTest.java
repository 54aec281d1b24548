package kz.shagym.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage on the shipped tables with a scenarios file of four cases
 * ({@code src/test/resources/scenarios/scenarios-reaching-seven-rows.xlsx}): C01 reaches R01 and T01,
 * C02 R08 and T04, C03 R05 and T03, C04 the redirect R17 (and T03 again). Every other row is uncovered.
 */
class ScenarioCoverageTest {

    private static CompiledRuleSet ruleSet;
    private static ScenarioReport report;

    @BeforeAll
    static void runTheFourScenarios() {
        RuleSetSource source = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"))
                .with("decision-tables/scenarios.xlsx", fixture("scenarios-reaching-seven-rows.xlsx"));
        BuildResult result = new RuleSetBuilder().build(source);
        assertThat(result).isInstanceOf(BuildResult.Built.class);
        ruleSet = ((BuildResult.Built) result).ruleSet();
        report = new ScenarioRunner().run(ruleSet);
    }

    @Test
    void reportWhenFourScenariosReachSevenRowsShouldListExactlyTheOtherRowsInTableOrder() {
        assertThat(report.total()).isEqualTo(4);
        assertThat(report.uncoveredRows()).extracting(ScenarioReport.UncoveredRow::id).containsExactly(
                "R02", "R03", "R04", "R06", "R07", "R09", "R10", "R11", "R12", "R13", "R14", "R15", "R16", "R18",
                "R19", "R20", "R21", "R22",
                "T02", "T05", "T06");
        assertThat(report.uncoveredRows().get(0)).isEqualTo(new ScenarioReport.UncoveredRow("Routing row 5 (R02)", "R02",
                "decision-tables/routing.drl.xlsx", "Routing", 5));
        assertThat(report.uncoveredRows()).last().isEqualTo(new ScenarioReport.UncoveredRow("Time limits row 9 (T06)",
                "T06", "decision-tables/time-limits.drl.xlsx", "TimeLimits", 9));
        assertThat(report.everythingReached()).isFalse();
    }

    @Test
    void reportShouldListALegalBasisOnlyWhenNoRowCitingItFired() {
        // The rows for complaints about State Corporation employees (R13, R14, R19–R22) share one
        // citation and none of them fired. R09–R12 did not fire either, but they cite APPC Art. 65 as
        // the redirect R17 does, which C04 reached; every other row shares its citation with a reached
        // row (R01, R05, R08, R17, T01, T03, T04).
        List<ScenarioReport.UncoveredLegalBasis> fromTables = report.uncoveredLegalBases().stream()
                .filter(b -> b.rules().stream().anyMatch(r -> r.contains(" row "))).toList();

        assertThat(fromTables).containsExactly(
                new ScenarioReport.UncoveredLegalBasis(basisOf("R13"), labels("R13", "R14", "R19", "R20", "R21", "R22")));
        assertThat(basisOf("R09")).isEqualTo(basisOf("R17"));
    }

    @Test
    void reportShouldNeverListALegalBasisThatARuleWhichFiredCites() {
        Set<String> fired = new HashSet<>();
        ruleSet.scenarios().forEach(s -> new RuleEvaluator().evaluate(ruleSet, s.facts(), fired::add));

        assertThat(report.uncoveredLegalBases()).isNotEmpty().allSatisfy(basis ->
                assertThat(basis.rules()).noneMatch(rule -> fired.contains(rule) || fired.contains(rule.replaceFirst(" \\(.*\\)$", ""))));
        assertThat(report.uncoveredLegalBases()).extracting(ScenarioReport.UncoveredLegalBasis::rules)
                .as("rules from rules/decision.drl that cite a basis too")
                .anySatisfy(rules -> assertThat(rules).noneMatch(r -> r.contains(" row ")));
    }

    @Test
    void reportStoredBeforeCoverageWasCountedShouldSayNothingAboutIt() {
        ScenarioReport old = new ScenarioReport("v", 1, 1, List.of());

        assertThat(old.uncoveredRows()).isNull();
        assertThat(old.everythingReached()).isFalse();
    }

    @Test
    void reportStoredAsJsonShouldReadBackWithItsCoverageAndAnOlderOneWithout() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(json.readValue(json.writeValueAsString(report), ScenarioReport.class)).isEqualTo(report);
        ScenarioReport older = json.readValue("{\"versionId\":\"v\",\"total\":0,\"passed\":0,\"results\":[]}",
                ScenarioReport.class);
        assertThat(older.uncoveredRows()).isNull();
        assertThat(older.uncoveredLegalBases()).isNull();
    }

    private static String basisOf(String id) {
        return ruleSet.tableRules().stream().filter(r -> r.origin().id().equals(id)).findFirst().orElseThrow()
                .origin().legalBasis().strip();
    }

    private static List<String> labels(String... ids) {
        return List.of(ids).stream().map(id -> ruleSet.tableRules().stream().filter(r -> r.origin().id().equals(id))
                .findFirst().map(ScenarioCoverageTest::label).orElseThrow()).toList();
    }

    private static String label(TableRule rule) {
        return rule.name() + " (" + rule.origin().id() + ")";
    }

    private static byte[] fixture(String name) {
        try (InputStream in = ScenarioCoverageTest.class.getResourceAsStream("/scenarios/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

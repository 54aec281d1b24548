package kz.shagym.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.decision.RuleLabels;
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
                "decision-tables/routing.drl.xlsx", "Routing", 5, new LocalizedText("Маршрутизация жалоб, строка 5 (R02)",
                        "Шағымдарды бағыттау, 5-жол (R02)", "Routing row 5 (R02)")));
        assertThat(report.uncoveredRows()).last().isEqualTo(new ScenarioReport.UncoveredRow("Time limits row 9 (T06)",
                "T06", "decision-tables/time-limits.drl.xlsx", "TimeLimits", 9, new LocalizedText(
                        "Сроки рассмотрения, строка 9 (T06)", "Қарау мерзімдері, 9-жол (T06)", "Time limits row 9 (T06)")));
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

        List<String> employees = List.of("R13", "R14", "R19", "R20", "R21", "R22");
        assertThat(fromTables).containsExactly(new ScenarioReport.UncoveredLegalBasis(basisOf("R13"), names(employees),
                RuleLabels.legalBasis(row("R13").origin()), employees.stream().map(id -> RuleLabels.of(row(id))).toList()));
        assertThat(basisOf("R09")).isEqualTo(basisOf("R17"));
    }

    @Test
    void legalBasisCitedByATableRowAndADrlRuleShouldBeOneBasisReachedWhenEitherFired() {
        // R01 cites "АППК РК ст. 91 п. 4" in its cell; "Forwarding deadline" and the favourable-act rules
        // cite the same article in their metadata (@legalBasisRu, with @legalBasis in English).
        List<ScenarioReport.UncoveredLegalBasis> onlyR01 = ScenarioCoverage.legalBases(ruleSet, Set.of(row("R01").name()));

        assertThat(onlyR01).extracting(ScenarioReport.UncoveredLegalBasis::legalBasis)
                .doesNotContain(basisOf("R01"), "APPC Art. 91 p.4")
                .contains("АППК РК ст. 91 п. 2 (не сверено: в исходном тексте её нет)");
        assertThat(onlyR01).filteredOn(b -> b.legalBasis().startsWith("АППК РК ст. 91 п. 2")).singleElement()
                .satisfies(b -> {
                    assertThat(b.legalBasisText().en()).isEqualTo("APPC Art. 91 p.2 (not verified: the seed text does not contain it)");
                    assertThat(b.rules()).containsExactly("Missed review deadline counts as a refusal");
                });
        assertThat(ScenarioCoverage.legalBases(ruleSet, Set.of()))
                .filteredOn(b -> b.legalBasis().equals(basisOf("R01"))).singleElement()
                .satisfies(b -> assertThat(b.rules()).contains("Routing row 4 (R01)", "Forwarding deadline"));
    }

    @Test
    void reportShouldNeverListALegalBasisThatARuleWhichFiredCites() {
        Set<String> fired = new HashSet<>();
        Scenarios.of(ruleSet).forEach(s -> new RuleEvaluator().evaluate(ruleSet, s.facts(), fired::add));

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

    private static TableRule row(String id) {
        return ruleSet.tableRules().stream().filter(r -> r.origin().id().equals(id)).findFirst().orElseThrow();
    }

    private static String basisOf(String id) {
        return row(id).origin().legalBasis().strip();
    }

    private static List<String> names(List<String> ids) {
        return ids.stream().map(id -> RuleLabels.name(row(id))).toList();
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

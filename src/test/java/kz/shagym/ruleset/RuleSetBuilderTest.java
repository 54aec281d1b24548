package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kz.shagym.ruleset.tables.TableKind;
import org.junit.jupiter.api.Test;

/** The shipped set as a whole: it builds, its version id follows its content, and rule-file errors say where. */
class RuleSetBuilderTest {

    private static final String DECISION_DRL = RuleSetSource.RULES_DIR + "decision.drl";
    private static final String ROUTING_DRT = RuleSetSource.RULES_DIR + "routing.drt";

    @Test
    void shippedRuleSetShouldBuildWithRulesFromEveryRuleTable() {
        BuildResult result = build(shipped());

        assertThat(result).isInstanceOf(BuildResult.Built.class);
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        assertThat(ruleSet.versionId()).isEqualTo(shipped().versionId());
        assertThat(ruleSet.generatedDrl()).containsKeys("routing.drl.xlsx", "time-limits.drl.xlsx", "court-exceptions.drl.xlsx");
        assertThat(ruleSet.origin("Routing row 4")).get().extracting(RowOrigin::id).isEqualTo("R01");
    }

    @Test
    void handWrittenRulesShouldBeTracedToTheFileThatDeclaresThemAndTableRulesToNone() {
        String extra = RuleSetSource.RULES_DIR + "extra.drl";
        BuildResult result = build(shipped().with(extra, bytes("""
                package kz.shagym.rules;

                rule UnquotedRuleThatNeverFires
                when
                    ComplaintFacts( complaintId == "never" )
                then
                end
                """)));

        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        assertThat(ruleSet.drlFile("UnquotedRuleThatNeverFires")).hasValue(extra);
        assertThat(ruleSet.drlFile("Review period")).hasValue(DECISION_DRL);
        assertThat(ruleSet.drlFile("Routing row 4")).isEmpty();
    }

    @Test
    void versionIdShouldBeTheSameForTwoReadsOfTheSameFolders() {
        RuleSetSource first = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        RuleSetSource second = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));

        assertThat(first.versionId()).isEqualTo(second.versionId()).matches("[0-9a-f]{64}");
    }

    @Test
    void versionIdShouldChangeWhenOneByteOfOneTableChanges() {
        String path = TableKind.CALENDAR.path();
        byte[] bytes = shipped().file(path);
        byte[] changed = Arrays.copyOf(bytes, bytes.length);
        changed[changed.length / 2] ^= 1;

        assertThat(shipped().with(path, changed).versionId()).isNotEqualTo(shipped().versionId());
        assertThat(shipped().with(path, bytes).versionId()).isEqualTo(shipped().versionId());
    }

    @Test
    void compileErrorInHandWrittenDrlShouldNameTheRulesFileAndTheLine() {
        String broken = "    $r : Route( outcome == Outcome.FORWARD_TO_REVIEWING_BODY, forwardingRequired, forwardingWorkingDays != null )";
        String drl = text(DECISION_DRL);
        int line = lineOf(drl, broken);

        var problems = problems(build(shipped().with(DECISION_DRL,
                bytes(drl.replace(broken, broken.replace("Route(", "Rout("))))));

        assertThat(problems).allSatisfy(p -> assertThat(p)
                .extracting(TableProblem::code, TableProblem::file, TableProblem::sheet, TableProblem::cell)
                .containsExactly(DRL_COMPILE, DECISION_DRL, null, null));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.messageEn()).contains("'Rout'");
        });
    }

    @Test
    void typoInRoutingTemplateShouldBeReportedOnTheTableRowsNotTheTemplate() {
        String drt = text(ROUTING_DRT);
        assertThat(drt).contains("respondent == Respondent.");

        var problems = problems(build(shipped().with(ROUTING_DRT,
                bytes(drt.replace("respondent == Respondent.", "respondnt == Respondent.")))));

        assertThat(problems).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(RULE_COMPILE);
            assertThat(p.file()).isEqualTo("routing.drl.xlsx");
            assertThat(p.sheet()).isEqualTo("Routing");
            assertThat(p.cell()).matches("A\\d+");
            assertThat(p.messageEn()).contains("respondnt");
        });
        assertThat(problems).extracting(TableProblem::cell).contains("A4", "A21");
    }

    @Test
    void syntaxErrorInRoutingTemplateShouldNameTheRowWithoutGeneratedDrlLineNumbers() {
        String drt = text(ROUTING_DRT);
        assertThat(drt).contains("    )\nthen");

        // an unclosed pattern after each row's conditions
        var problems = problems(build(shipped().with(ROUTING_DRT, bytes(drt.replace("    )\nthen", "    )\n    Route(\nthen")))));

        List<TableProblem> rowProblems = problems.stream().filter(p -> p.code().equals(RULE_COMPILE)).toList();
        assertThat(rowProblems).extracting(TableProblem::cell).contains("A4");
        assertThat(rowProblems).allSatisfy(p -> assertThat(p.messageEn()).doesNotContainPattern("(?i)line \\d"));
    }

    private static String text(String path) {
        return new String(shipped().file(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        assertThat(lines).containsOnlyOnce(line);
        return lines.indexOf(line) + 1;
    }
}

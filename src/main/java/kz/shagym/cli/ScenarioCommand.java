package kz.shagym.cli;

import java.io.PrintStream;
import java.util.List;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.scenario.ScenarioRunner;

/** {@code test}: build the set and run the lawyers' scenarios against it; exit 1 on a problem or a failure. */
final class ScenarioCommand {

    /** The JSON answer; {@code report} is null when the set did not build. */
    record TestRun(String command, String folder, String versionId, boolean valid, List<TableProblem> problems,
            ScenarioReport report) {
    }

    private final PrintStream out;

    ScenarioCommand(PrintStream out) {
        this.out = out;
    }

    int run(RuleSetFolder folder, boolean json) {
        BuildResult result = new RuleSetBuilder().build(folder.source());
        if (result instanceof BuildResult.Rejected rejected) {
            if (json) {
                Json.print(out, new TestRun("test", folder.path().toString(), result.versionId(), false, rejected.problems(), null));
            } else {
                ValidateCommand.header(out, "Контрольные примеры / Scenarios", folder, result.versionId());
                ProblemList.print(out, rejected.problems());
                out.println();
                out.println("Примеры не запускались: набор правил не построен. / Scenarios not run: the rule set did not build.");
            }
            return ShagymCli.FINDINGS;
        }
        ScenarioReport report = new ScenarioRunner().run(((BuildResult.Built) result).ruleSet());
        if (json) {
            Json.print(out, new TestRun("test", folder.path().toString(), result.versionId(), true, List.of(), report));
        } else {
            ValidateCommand.header(out, "Контрольные примеры / Scenarios", folder, result.versionId());
            print(report);
        }
        return report.allPassed() ? ShagymCli.CLEAN : ShagymCli.FINDINGS;
    }

    private void print(ScenarioReport report) {
        out.println("Всего / total: " + report.total() + ", прошли / passed: " + report.passed()
                + ", не прошли / failed: " + (report.total() - report.passed()));
        out.println();
        TextTable table = new TextTable("Пример / Id", "Строка / Row", "Результат / Result", "Описание / Description");
        for (ScenarioReport.Result r : report.results()) {
            table.row(r.id(), Integer.toString(r.row()), r.passed() ? "прошёл / passed" : "НЕ ПРОШЁЛ / FAILED",
                    TextTable.shorten(r.description(), 70));
        }
        table.print(out, "");
        for (ScenarioReport.Result r : report.failures()) {
            out.println();
            out.println(r.id() + " — " + r.file() + " › " + r.sheet() + " › строка / row " + r.row()
                    + (r.description() == null ? "" : ": " + r.description()));
            if (r.error() != null) {
                out.println("    Правила не дали ответа / The rules gave no answer: " + r.error());
                continue;
            }
            TextTable cells = new TextTable("Ячейка / Cell", "Столбец / Column", "Ожидалось / Expected", "Получено / Actual");
            for (ScenarioReport.Mismatch m : r.mismatches()) {
                cells.row(m.cell(), m.header(), m.expected(), m.actual());
            }
            cells.print(out, "    ");
        }
        printCoverage(report);
        out.println();
        out.println(report.allPassed() ? "Все примеры прошли. / All scenarios passed."
                : "Есть непрошедшие примеры: такой набор правил не будет принят. / Some scenarios failed: the rule set would be rejected.");
    }

    /** What no scenario reaches: information for the lawyers, not a failure (the exit code stays). */
    private void printCoverage(ScenarioReport report) {
        out.println();
        List<ScenarioReport.UncoveredRow> rows = report.uncoveredRows();
        if (rows.isEmpty()) {
            out.println("Каждую строку таблиц проверяет хотя бы один пример. / Every table row is reached by a scenario.");
        } else {
            out.println("Строки таблиц, до которых не доходит ни один пример / Table rows no scenario reaches: " + rows.size());
            TextTable table = new TextTable("Файл / File", "Лист / Sheet", "Строка / Row", "№ / Id");
            rows.forEach(r -> table.row(r.file(), r.sheet(), Integer.toString(r.row()), r.id()));
            table.print(out, "    ");
        }
        List<ScenarioReport.UncoveredLegalBasis> bases = report.uncoveredLegalBases();
        if (bases.isEmpty()) {
            out.println("Каждое правовое основание проверено примером. / Every legal basis is reached by a scenario.");
            return;
        }
        out.println("Правовые основания без примера / Legal bases no scenario reaches: " + bases.size());
        for (ScenarioReport.UncoveredLegalBasis b : bases) {
            out.println("    " + b.legalBasis() + " — " + String.join(", ", b.rules()));
        }
    }
}

package kz.shagym.cli;

import java.io.PrintStream;
import java.util.List;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.TableProblem;

/** {@code validate}: read and check every table, compile the rules; exit 1 on any problem. */
final class ValidateCommand {

    /** The JSON answer. */
    record Validation(String command, String folder, String versionId, boolean valid, List<TableProblem> problems) {
    }

    private final PrintStream out;

    ValidateCommand(PrintStream out) {
        this.out = out;
    }

    int run(RuleSetFolder folder, boolean json) {
        BuildResult result = new RuleSetBuilder().build(folder.source());
        List<TableProblem> problems = result instanceof BuildResult.Rejected r ? r.problems() : List.of();
        if (json) {
            Json.print(out, new Validation("validate", folder.path().toString(), result.versionId(), problems.isEmpty(), problems));
        } else {
            header(out, "Проверка набора правил / Validating the rule set", folder, result.versionId());
            if (problems.isEmpty()) {
                out.println("Всё в порядке: таблицы прочитаны, правила построены. / Clean: tables read, rules compiled.");
            } else {
                ProblemList.print(out, problems);
            }
        }
        return problems.isEmpty() ? ShagymCli.CLEAN : ShagymCli.FINDINGS;
    }

    static void header(PrintStream out, String title, RuleSetFolder folder, String versionId) {
        out.println(title);
        out.println("  Папка / Folder:    " + folder.describe());
        out.println("  Версия / Version:  " + versionId);
        out.println("  Файлов / Files:    " + folder.source().files().size());
        out.println();
    }
}

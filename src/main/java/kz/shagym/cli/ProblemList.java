package kz.shagym.cli;

import java.io.PrintStream;
import java.util.List;
import kz.shagym.ruleset.TableProblem;

/** Problems for a lawyer: one line each, {@code file › sheet › cell: message [code]}, the English under it. */
final class ProblemList {

    private ProblemList() {
    }

    static void print(PrintStream out, List<TableProblem> problems) {
        out.println("Найдено проблем: " + problems.size() + ". Набор правил не будет принят."
                + " / Problems found: " + problems.size() + ". The rule set would be rejected.");
        out.println();
        for (TableProblem p : problems) {
            out.println(p.describeRu());
            out.println("    en: " + p.messageEn());
        }
    }
}

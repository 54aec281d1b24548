package kz.shagym.cli;

import java.io.PrintStream;
import kz.shagym.ruleset.diff.RuleSetComparison;
import kz.shagym.ruleset.diff.RuleSetDiff;

/** {@code diff}: what changed from one rule-set folder to another. Differences are not failures: exit 0. */
final class DiffCommand {

    private final PrintStream out;

    DiffCommand(PrintStream out) {
        this.out = out;
    }

    int run(RuleSetFolder from, RuleSetFolder to, boolean json) {
        RuleSetDiff diff = RuleSetComparison.between(from.source(), to.source());
        if (json) {
            Json.print(out, diff);
        } else {
            new DiffText(out).print(from, to, diff);
        }
        return ShagymCli.CLEAN;
    }
}

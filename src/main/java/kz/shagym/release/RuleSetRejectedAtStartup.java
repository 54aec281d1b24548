package kz.shagym.release;

import java.util.List;
import kz.shagym.ruleset.TableProblem;

/** The rule set on disk has problems, so the service will not start on it. */
public final class RuleSetRejectedAtStartup extends RuntimeException {

    private final transient List<TableProblem> problems;

    public RuleSetRejectedAtStartup(String where, List<TableProblem> problems) {
        super("the rule set in " + where + " has " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<TableProblem> problems() {
        return problems;
    }
}

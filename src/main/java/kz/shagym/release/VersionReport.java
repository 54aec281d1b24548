package kz.shagym.release;

import java.util.List;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.scenario.ScenarioReport;

/**
 * What the pipeline found about a version: the cell problems (then nothing was compiled) or the
 * scenario results. Stored with the version as JSON, rejected ones included.
 *
 * <p>At most {@value #MAX_PROBLEMS} problems are kept, the first ones, with {@code totalProblems}
 * saying how many there were: a workbook of a few kilobytes can hold tens of thousands of bad cells,
 * and neither an answer nor a stored report should grow with them.
 *
 * @param totalProblems how many problems were found, listed or not (absent from reports stored before it
 *        existed: then the listed ones, which were all of them)
 */
public record VersionReport(List<TableProblem> problems, Integer totalProblems, ScenarioReport scenarios) {

    public static final int MAX_PROBLEMS = 200;

    public VersionReport {
        totalProblems = Math.max(totalProblems == null ? 0 : totalProblems, problems.size());
        problems = List.copyOf(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
    }

    public VersionReport(List<TableProblem> problems, ScenarioReport scenarios) {
        this(problems, problems.size(), scenarios);
    }

    public boolean accepted() {
        return totalProblems == 0 && scenarios != null && scenarios.allPassed();
    }

    /** True when {@link #problems()} lists only the first of them. */
    public boolean problemsCapped() {
        return totalProblems > problems.size();
    }
}

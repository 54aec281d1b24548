package kz.shagym.release;

import java.util.List;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.scenario.ScenarioReport;

/**
 * What the pipeline found about a version: the cell problems (then nothing was compiled) or the
 * scenario results. Stored with the version as JSON, rejected ones included.
 */
public record VersionReport(List<TableProblem> problems, ScenarioReport scenarios) {

    public VersionReport {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty() && scenarios != null && scenarios.allPassed();
    }
}

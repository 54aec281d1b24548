package kz.shagym.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.shagym.ruleset.TableProblem;

/** Failed scenarios in the same shape as cell problems, for the start-up refusal and the logs. */
public final class ScenarioProblems {

    private ScenarioProblems() {
    }

    /** The cell problems, then one per failed scenario; {@code scenarios} is null when none ran. */
    public static List<TableProblem> of(List<TableProblem> problems, ScenarioReport scenarios) {
        List<TableProblem> list = new ArrayList<>(problems);
        if (scenarios != null) {
            for (ScenarioReport.Result r : scenarios.failures()) {
                if (r.error() != null) {
                    list.add(new TableProblem("SHG-SCN-001", r.file(), r.sheet(), "A" + r.row(), null,
                            "Пример " + r.id() + ": " + r.error(), "Мысал " + r.id() + ": " + r.error(),
                            "Scenario " + r.id() + ": " + r.error()));
                }
                for (ScenarioReport.Mismatch m : r.mismatches()) {
                    list.add(new TableProblem("SHG-SCN-002", r.file(), r.sheet(), m.cell(), null,
                            "Пример " + r.id() + ": ожидалось " + m.expected() + ", получено " + m.actual(),
                            "Мысал " + r.id() + ": күтілгені " + m.expected() + ", алынғаны " + m.actual(),
                            "Scenario " + r.id() + ": expected " + m.expected() + ", got " + m.actual()));
                }
            }
        }
        return list;
    }

    public static String describe(List<TableProblem> problems, ScenarioReport scenarios) {
        return of(problems, scenarios).stream().map(p -> "  - " + p.describeRu()).collect(Collectors.joining("\n"));
    }
}

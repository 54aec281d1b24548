package kz.shagym.release;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.scenario.ScenarioReport;

/** Failed scenarios in the same shape as cell problems, for the start-up refusal and the logs. */
final class ScenarioProblems {

    private ScenarioProblems() {
    }

    static List<TableProblem> of(VersionReport report) {
        List<TableProblem> list = new ArrayList<>(report.problems());
        if (report.scenarios() != null) {
            for (ScenarioReport.Result r : report.scenarios().failures()) {
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

    static String describe(VersionReport report) {
        return of(report).stream().map(p -> "  - " + p.describeRu()).collect(Collectors.joining("\n"));
    }
}

package kz.shagym.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.problem.ProblemException;

/** The pipeline refused a version: cells with problems, or a scenario that failed. The active version keeps serving. */
public final class VersionRejected extends ProblemException {

    private final transient StoredVersion version;
    private final transient VersionReport report;

    public VersionRejected(StoredVersion version, VersionReport report) {
        super(report.totalProblems() == 0 ? ReleaseProblem.SCENARIOS_REJECTED : ReleaseProblem.TABLES_REJECTED,
                "version " + version.id() + " rejected");
        this.version = version;
        this.report = report;
    }

    public StoredVersion version() {
        return version;
    }

    public VersionReport report() {
        return report;
    }

    @Override
    public Optional<Message> message() {
        if (report.totalProblems() == 0) {
            return Optional.of(Message.of("problem.release.scenarios-rejected", report.scenarios().failures().size()));
        }
        return Optional.of(report.problemsCapped()
                ? Message.of("problem.release.tables-rejected-capped", report.totalProblems(), report.problems().size())
                : Message.of("problem.release.tables-rejected", report.totalProblems()));
    }

    @Override public String detail() { return russianAndEnglish(); }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", version.id());
        p.put("state", version.state());
        p.put("errors", report.problems().stream().map(t -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", t.file());
            e.put("sheet", t.sheet());
            e.put("cell", t.cell());
            e.put("line", t.line());
            e.put("code", t.code());
            e.put("message", t.messageRu());
            e.put("messageKk", t.messageKk());
            e.put("messageEn", t.messageEn());
            return e;
        }).toList());
        p.put("totalErrors", report.totalProblems());
        List<ScenarioReport.Result> failures = report.scenarios() == null ? List.of() : report.scenarios().failures();
        p.put("failedScenarios", failures);
        return p;
    }
}

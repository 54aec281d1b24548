package kz.shagym.ruleset;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A stored version whose tables have problems: it is kept for the record but cannot decide anything. */
public final class RuleSetVersionUnusable extends RuntimeException implements ProblemException {

    private final String versionId;
    private final int problems;

    public RuleSetVersionUnusable(String versionId, int problems) {
        super("version " + versionId + " does not build: " + problems + " problem(s)");
        this.versionId = versionId;
        this.problems = problems;
    }

    @Override public HttpStatus status() { return HttpStatus.CONFLICT; }
    @Override public String code() { return "SHG-RULESET-409-UNUSABLE"; }
    @Override public String title() { return "Rule set version cannot decide"; }

    @Override
    public String detail() {
        return "Версия " + versionId + " хранится, но в её таблицах " + problems + " ошибок; по ней нельзя принимать решения. / "
                + "Version " + versionId + " is stored but its tables have " + problems + " problem(s); it cannot decide.";
    }
}

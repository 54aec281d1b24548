package kz.shagym.workbench;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** An auditor opened a decision id that the audit log does not hold. */
final class UnknownDecision extends RuntimeException implements ProblemException {

    private final String decisionId;

    UnknownDecision(String decisionId) {
        super("no decision " + decisionId);
        this.decisionId = decisionId;
    }

    @Override public HttpStatus status() { return HttpStatus.NOT_FOUND; }
    @Override public String code() { return "SHG-AUDIT-404"; }
    @Override public String title() { return "Unknown decision"; }
    @Override public String detail() {
        return "Решения «" + decisionId + "» нет в журнале. / No decision '" + decisionId + "' is in the audit log.";
    }
}

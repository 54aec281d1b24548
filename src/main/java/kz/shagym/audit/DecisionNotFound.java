package kz.shagym.audit;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No decision with this id is in the audit log. */
final class DecisionNotFound extends RuntimeException implements ProblemException {

    private final String decisionId;

    DecisionNotFound(String decisionId) {
        super("no decision " + decisionId);
        this.decisionId = decisionId;
    }

    @Override public HttpStatus status() { return HttpStatus.NOT_FOUND; }
    @Override public String code() { return "SHG-AUDIT-404"; }
    @Override public String title() { return "Unknown decision"; }
    @Override public String detail() { return "No decision '" + decisionId + "' is in the audit log."; }
}

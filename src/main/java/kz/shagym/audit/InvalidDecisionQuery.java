package kz.shagym.audit;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A search of the audit log with a parameter that cannot be understood. */
final class InvalidDecisionQuery extends RuntimeException implements ProblemException {

    InvalidDecisionQuery(String detail) {
        super(detail);
    }

    @Override public HttpStatus status() { return HttpStatus.BAD_REQUEST; }
    @Override public String code() { return "SHG-AUDIT-400"; }
    @Override public String title() { return "Invalid decision search"; }
    @Override public String detail() { return getMessage(); }
}

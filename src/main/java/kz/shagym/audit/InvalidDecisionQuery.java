package kz.shagym.audit;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A search of the audit log with a parameter that cannot be understood. */
public final class InvalidDecisionQuery extends RuntimeException implements ProblemException {

    /** What is wrong, for a page that says it in its own words. */
    public enum Reason {
        /** {@code from} or {@code to} is neither a day nor a time with an offset. */
        NOT_A_DATE,
        TO_BEFORE_FROM,
        /** A page or page size out of bounds. */
        PAGING
    }

    private final Reason reason;

    InvalidDecisionQuery(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override public HttpStatus status() { return HttpStatus.BAD_REQUEST; }
    @Override public String code() { return "SHG-AUDIT-400"; }
    @Override public String title() { return "Invalid decision search"; }
    @Override public String detail() { return getMessage(); }
}

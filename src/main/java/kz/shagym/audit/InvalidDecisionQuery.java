package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/** A search of the audit log with a parameter that cannot be understood. */
public final class InvalidDecisionQuery extends ProblemException {

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
        super(AuditProblem.INVALID_SEARCH, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override public String detail() { return getMessage(); }
}

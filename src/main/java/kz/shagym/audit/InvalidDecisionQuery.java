package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/** A search of the audit log with a parameter that cannot be understood. */
final class InvalidDecisionQuery extends ProblemException {

    InvalidDecisionQuery(String detail) {
        super(AuditProblem.INVALID_SEARCH, detail);
    }

    @Override public String detail() { return getMessage(); }
}

package kz.shagym.audit;

import kz.shagym.problem.ProblemException;

/** No decision with this id is in the audit log. */
final class DecisionNotFound extends ProblemException {

    private final String decisionId;

    DecisionNotFound(String decisionId) {
        super(AuditProblem.DECISION_NOT_FOUND, "no decision " + decisionId);
        this.decisionId = decisionId;
    }

    @Override public String detail() { return "No decision '" + decisionId + "' is in the audit log."; }
}

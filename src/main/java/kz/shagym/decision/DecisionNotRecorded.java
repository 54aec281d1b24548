package kz.shagym.decision;

import kz.shagym.problem.ProblemException;

/** The audit record could not be written, so no decision is released. */
public final class DecisionNotRecorded extends ProblemException {

    public DecisionNotRecorded(Throwable cause) {
        super(DecisionProblem.NOT_RECORDED, "the decision could not be recorded", cause);
    }

    // the audit writer logs its failures, rate-limited and without the records' values
    @Override public boolean loggedByFeature() { return true; }
    @Override public String detail() {
        return "The audit record could not be written, so no decision was released. Try again later.";
    }
}

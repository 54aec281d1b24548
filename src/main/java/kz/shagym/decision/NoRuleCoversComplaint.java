package kz.shagym.decision;

import kz.shagym.problem.ProblemException;

/** The tables have no routing row for these facts; the validator prevents it for shipped sets. */
public final class NoRuleCoversComplaint extends ProblemException {

    public NoRuleCoversComplaint(String what) {
        super(DecisionProblem.NO_RULE, what);
    }

    @Override public String detail() { return getMessage(); }
}

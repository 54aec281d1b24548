package kz.shagym.decision;

import kz.shagym.problem.ProblemException;

/**
 * The rules derived two facts where the answer has room for one (two routes, two review periods): the
 * rule set is wrong, and picking either would answer by chance. Shipped sets never do this; the tables'
 * templates insert one routing row and one time-limits row.
 */
public final class AmbiguousRuleResult extends ProblemException {

    public static final String CODE = DecisionProblem.AMBIGUOUS.code();

    public AmbiguousRuleResult(String what) {
        super(DecisionProblem.AMBIGUOUS, what);
    }

    @Override public String detail() { return getMessage(); }
}

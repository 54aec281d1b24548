package kz.shagym.decision;

import kz.shagym.problem.ProblemException;

/** A version id was asked for that no stored rule set has. */
public final class UnknownRuleSetVersion extends ProblemException {

    private final String version;

    public UnknownRuleSetVersion(String version) {
        super(DecisionProblem.UNKNOWN_VERSION, "no rule set version " + version);
        this.version = version;
    }

    @Override public String detail() { return "No rule set version '" + version + "' is stored."; }
}

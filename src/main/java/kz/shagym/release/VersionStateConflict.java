package kz.shagym.release;

import kz.shagym.problem.ProblemException;

/** A version cannot move to the asked state from the one it is in (e.g. activating a rejected version). */
public final class VersionStateConflict extends ProblemException {

    public VersionStateConflict(String detail) {
        super(ReleaseProblem.STATE_CONFLICT, detail);
    }

    @Override public String detail() { return getMessage(); }
}

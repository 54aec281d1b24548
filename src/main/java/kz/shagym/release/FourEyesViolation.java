package kz.shagym.release;

import kz.shagym.problem.ProblemException;

/** With four-eyes on, the author of a version may not activate it. */
final class FourEyesViolation extends ProblemException {

    private final String versionId;

    FourEyesViolation(String versionId) {
        super(ReleaseProblem.FOUR_EYES, "author may not activate " + versionId);
        this.versionId = versionId;
    }


    @Override
    public String detail() {
        return "Версию " + versionId + " должен активировать не её автор. / Version " + versionId
                + " must be activated by someone other than its author.";
    }
}

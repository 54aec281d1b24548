package kz.shagym.release;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** With four-eyes on, the author of a version may not activate it. */
final class FourEyesViolation extends ProblemException {

    private final String versionId;

    FourEyesViolation(String versionId) {
        super(ReleaseProblem.FOUR_EYES, "author may not activate " + versionId);
        this.versionId = versionId;
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.release.four-eyes", versionId)); }
    @Override public String detail() { return russianAndEnglish(); }
}

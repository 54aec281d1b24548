package kz.shagym.release;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A draft is rejected or returned only with a reason its author can act on. */
public final class ReasonRequired extends ProblemException {

    /** As long as the workbench's field lets a reason be. */
    public static final int MAX_LENGTH = 500;

    private ReasonRequired() {
        super(ReleaseProblem.REASON_REQUIRED, "reason required");
    }

    /**
     * @return the reason without surrounding blanks
     * @throws ReasonRequired when it is blank or too long
     */
    static String check(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LENGTH) {
            throw new ReasonRequired();
        }
        return stripped;
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.release.reason-required", MAX_LENGTH)); }

    @Override public String detail() { return russianAndEnglish(); }
}

package kz.shagym.release;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A version cannot move to the asked state from the one it is in (e.g. activating a rejected version). */
public final class VersionStateConflict extends ProblemException {

    private final transient Message message;

    public VersionStateConflict(String detail) {
        super(ReleaseProblem.STATE_CONFLICT, detail);
        this.message = null;
    }

    /** A conflict a person meets on the workbench: its words in their language. */
    VersionStateConflict(Message message) {
        super(ReleaseProblem.STATE_CONFLICT, message.in("en"));
        this.message = message;
    }

    @Override public Optional<Message> message() { return Optional.ofNullable(message); }

    @Override public String detail() { return message == null ? getMessage() : russianAndEnglish(); }
}

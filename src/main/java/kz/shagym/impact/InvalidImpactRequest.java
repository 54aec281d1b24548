package kz.shagym.impact;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** A body that cannot be read (400), or a range that cannot be compared (422): said in the caller's words. */
public final class InvalidImpactRequest extends ProblemException {

    private final transient Message message;

    private InvalidImpactRequest(ImpactProblem type, Message message) {
        super(type, message.key());
        this.message = message;
    }

    static InvalidImpactRequest unreadable(String key, Object... args) {
        return new InvalidImpactRequest(ImpactProblem.INVALID_REQUEST, Message.of(key, args));
    }

    static InvalidImpactRequest outOfRange(String key, Object... args) {
        return new InvalidImpactRequest(ImpactProblem.INVALID_RANGE, Message.of(key, args));
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(message);
    }

    @Override public String detail() { return message.in("en"); }
}

package kz.shagym.decision;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** An {@code Idempotency-Key} header that is empty, longer than 255 characters or not printable ASCII: 400. */
public final class InvalidIdempotencyKey extends ProblemException {

    /** The width of {@code decision_idempotency.idempotency_key}. */
    static final int MAX_LENGTH = 255;

    InvalidIdempotencyKey() {
        super(DecisionProblem.IDEMPOTENCY_KEY_INVALID, "invalid Idempotency-Key header", false);
    }

    /** The key, or null when the header is absent. */
    static String check(String header) {
        if (header == null) {
            return null;
        }
        if (header.isEmpty() || header.length() > MAX_LENGTH || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidIdempotencyKey();
        }
        return header;
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.idempotency.invalid")); }

    @Override public String detail() { return russianAndEnglish(); }
}

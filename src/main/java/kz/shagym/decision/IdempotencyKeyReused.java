package kz.shagym.decision;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/** An {@code Idempotency-Key} this caller already used for other facts or another version: 422, nothing decided. */
public final class IdempotencyKeyReused extends ProblemException {

    public IdempotencyKeyReused() {
        super(DecisionProblem.IDEMPOTENCY_KEY_REUSED, "idempotency key reused for another request", false);
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.idempotency.reused")); }

    @Override public String detail() { return russianAndEnglish(); }
}

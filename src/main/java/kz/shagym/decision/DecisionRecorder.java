package kz.shagym.decision;

import java.util.Optional;
import kz.shagym.rules.ComplaintFacts;

/**
 * Receives every decision before its answer is released (the audit log implements it). If
 * {@link #record} throws, the caller gets no decision.
 */
public interface DecisionRecorder {

    /**
     * @return the answer's JSON as recorded (UTF-8, in the answer's own property order), which the API then
     *     sends as it is; or null when this recorder keeps no such text
     */
    byte[] record(ComplaintFacts facts, Decision decision, EvaluationContext context);

    /**
     * Called before any rule runs: throws (a problem exception) when a decision for these facts and
     * this caller could not be recorded, so that nothing is decided that cannot be released.
     */
    default void admit(ComplaintFacts facts, EvaluationContext context) {
    }

    /**
     * Called once every recorder admitted the decision, before its rules run. Each recorder then hears of
     * this decision exactly once more: {@link #record}, which ends it whether it stores or fails, or
     * {@link #withdraw}. Meanwhile the decision is on its way: a recorder that commits decisions in groups
     * may wait for it rather than commit a group without it.
     */
    default void deciding(EvaluationContext context) {
    }

    /**
     * The decision announced by {@link #deciding} will not be recorded here: an earlier answer stands, no
     * rule covers it, or deciding or an earlier recorder failed.
     */
    default void withdraw(EvaluationContext context) {
    }

    /**
     * The decision stored earlier for this caller's {@code Idempotency-Key}, when the context carries one and
     * the same request was decided under it; empty when the key is new (or expired).
     *
     * @throws IdempotencyKeyReused when the key was used for another request
     */
    default Optional<Decision> earlier(ComplaintFacts facts, EvaluationContext context) {
        return Optional.empty();
    }

    /**
     * Who asked, and under which version, for the audit record.
     *
     * @param version the version asked for (what-if), or null for the active one
     * @param idempotencyKey the caller's {@code Idempotency-Key}, or null
     */
    record EvaluationContext(String client, boolean whatIf, String version, String idempotencyKey) {

        public EvaluationContext(String client, boolean whatIf) {
            this(client, whatIf, null, null);
        }
    }
}

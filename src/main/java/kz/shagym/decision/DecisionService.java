package kz.shagym.decision;

import java.util.List;
import kz.shagym.rules.ComplaintFacts;

/** The request path: facts in, what the law requires out. */
public interface DecisionService {

    /**
     * Decides under the active rule set (or under {@code version}, for what-if), records the
     * decision in the audit log, and only then returns it.
     *
     * @param version a rule set version id, or null for the active one
     * @param client who asked (the authenticated principal)
     * @throws UnknownRuleSetVersion when {@code version} names no stored version
     * @throws NoRuleCoversComplaint when the tables have no row for these facts
     * @throws DecisionNotRecorded when the audit record could not be written
     */
    Decision decide(ComplaintFacts facts, String version, String client);

    /**
     * As {@link #decide(ComplaintFacts, String, String)}, once per {@code idempotencyKey} of this caller: the
     * same key with the same facts and version gives the decision stored the first time (nothing new is
     * recorded), for at least 24 hours.
     *
     * @param idempotencyKey the caller's {@code Idempotency-Key}, or null
     * @throws IdempotencyKeyReused when the key was used for other facts or another version
     */
    default Decision decide(ComplaintFacts facts, String version, String client, String idempotencyKey) {
        if (idempotencyKey == null) {
            return decide(facts, version, client);
        }
        throw new UnsupportedOperationException("this decision service keeps no idempotency keys");
    }

    /**
     * As {@link #decide(ComplaintFacts, String, String, String)}, with the answer's JSON as it was recorded:
     * what {@code POST /api/v1/decisions} sends, so that what a client received is, to the byte, what the
     * audit log holds.
     */
    default Released release(ComplaintFacts facts, String version, String client, String idempotencyKey) {
        return Released.of(decide(facts, version, client, idempotencyKey));
    }

    /** Evaluates without recording (replay, scenarios). Same answer as {@link #decide} for the same version. */
    Decision evaluate(ComplaintFacts facts, String version);

    /**
     * Every rule-table row compared with these facts under {@code version} (the active set when null):
     * what {@code ?trace=true} shows. Deterministic for the same facts and version, so it is not
     * recorded; a replay gives it again.
     *
     * @throws UnknownRuleSetVersion when {@code version} names no stored version
     */
    List<TraceEntry> trace(ComplaintFacts facts, String version);
}

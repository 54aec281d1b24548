package kz.shagym.audit;

import java.util.Optional;
import java.util.function.LongFunction;
import kz.shagym.audit.Verification.Missing;

/**
 * Holds the chain against the latest trusted checkpoint. The walk alone cannot see records missing
 * from the end (the rest still links up); the checkpoint remembers how far the chain reached and what
 * its last record's hash was, which the database alone cannot vouch for.
 */
final class CheckpointCheck {

    private final CheckpointTrust trust;
    private final LongFunction<Optional<String>> hashAt;

    /** @param hashAt the hash stored at a position, read in the same transaction as the head */
    CheckpointCheck(CheckpointTrust trust, LongFunction<Optional<String>> hashAt) {
        this.trust = trust;
        this.hashAt = hashAt;
    }

    /**
     * @param chain the result of the walk
     * @param latest the checkpoints, read before the chain (which only grows after)
     * @param headSeq the position of the chain's last record, 0 when empty
     */
    Verification hold(Verification chain, CheckpointTrust.Latest latest, long headSeq) {
        String reason = chain.valid() ? null : Verification.CHAIN_BROKEN;
        Missing missing = null;
        Checkpoint checkpoint = latest.checkpoint().orElse(null);
        if (checkpoint != null && checkpoint.seq() > 0) {
            if (headSeq < checkpoint.seq()) {
                missing = new Missing(headSeq + 1, checkpoint.seq());
                reason = reason != null ? reason : Verification.RECORDS_MISSING;
            } else if (!holds(checkpoint)) {
                missing = new Missing(firstUnvouched(checkpoint), checkpoint.seq());
                reason = reason != null ? reason : Verification.CHECKPOINT_MISMATCH;
            }
        }
        if (reason == null && !latest.untrusted().isEmpty()) {
            reason = Verification.CHECKPOINT_UNTRUSTED;
        }
        return new Verification(reason == null, chain.checked(), chain.firstBroken(), reason, missing, checkpoint,
                latest.untrusted());
    }

    private boolean holds(Checkpoint checkpoint) {
        return hashAt.apply(checkpoint.seq()).filter(checkpoint.hash()::equals).isPresent();
    }

    /**
     * The signed records were replaced, somewhere up to the checkpoint's. An older checkpoint that
     * still holds vouches for everything up to its own position, so the replaced ones start after it.
     */
    private long firstUnvouched(Checkpoint broken) {
        return trust.newestTrusted(older -> older.seq() < broken.seq() && (older.seq() == 0 || holds(older)))
                .map(older -> older.seq() + 1)
                .orElse(1L);
    }
}

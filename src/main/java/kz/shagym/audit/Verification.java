package kz.shagym.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The result of walking the hash chain from the first record, and of holding it against the latest
 * signed checkpoint.
 *
 * @param valid the chain holds and still contains, unchanged, every record the latest trusted checkpoint covers;
 *        and no checkpoint examined had a bad signature
 * @param checked how many records were checked, the broken one included
 * @param firstBroken the decision id of the first record whose hash, link or position doesn't match; null when
 *        none does (records missing at the end of the chain are named by {@code missing})
 * @param reason why it is not valid: {@code CHAIN_BROKEN}, {@code RECORDS_MISSING} (the chain ends before the
 *        checkpoint's record), {@code CHECKPOINT_MISMATCH} (the checkpoint's record has another hash: signed records
 *        were replaced), {@code CHECKPOINT_UNTRUSTED} (a checkpoint's signature does not hold); null when valid
 * @param missing the records signed by a checkpoint that the chain no longer holds as signed; null when none
 * @param checkpoint the latest trusted checkpoint the chain was held against; null when there is none
 * @param untrustedCheckpoints checkpoints newer than that one which were not trusted, with why
 */
public record Verification(boolean valid, long checked, String firstBroken, String reason, Missing missing,
        Checkpoint checkpoint, List<UntrustedCheckpoint> untrustedCheckpoints) {

    public static final String CHAIN_BROKEN = "CHAIN_BROKEN";
    public static final String RECORDS_MISSING = "RECORDS_MISSING";
    public static final String CHECKPOINT_MISMATCH = "CHECKPOINT_MISMATCH";
    public static final String CHECKPOINT_UNTRUSTED = "CHECKPOINT_UNTRUSTED";

    public Verification {
        untrustedCheckpoints = List.copyOf(untrustedCheckpoints);
    }

    /** The chain alone, as when no checkpoint is kept. */
    public Verification(boolean valid, long checked, String firstBroken) {
        this(valid, checked, firstBroken, valid ? null : CHAIN_BROKEN, null, null, List.of());
    }

    /** Positions {@code fromSeq..toSeq} (inclusive) of records that were signed and are gone or replaced. */
    @Schema(name = "MissingRecords")
    public record Missing(long fromSeq, long toSeq) {
    }

    /**
     * A checkpoint file that was not trusted.
     *
     * @param reason {@code BAD_SIGNATURE}, {@code UNKNOWN_KEY} (signed by another key) or {@code UNREADABLE}
     */
    public record UntrustedCheckpoint(String file, String reason) {
    }
}

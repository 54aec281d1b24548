package kz.shagym.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A signed statement of the chain head: "at {@code signedAt}, the record at position {@code seq}
 * had hash {@code hash}". Since every record's hash covers the one before it, this vouches for every
 * record up to {@code seq}. Kept as a small JSON file outside the database.
 *
 * @param file the name of the file that holds it
 * @param recordedAt when the head record was recorded
 * @param keyId SHA-256 (hex) of the public key, in its X.509 encoding, that verifies the signature
 * @param signature Base64 of the Ed25519 signature over {@link #payload()}
 */
public record Checkpoint(String file, long seq, String hash, Instant recordedAt, Instant signedAt, String keyId,
        String algorithm, String signature) {

    static final String FORMAT = "shagym-audit-checkpoint/1";
    static final String ALGORITHM = "Ed25519";

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The exact text that is signed: plain lines, so that an auditor can check a checkpoint with any
     * Ed25519 tool (see the README), not only with this program.
     */
    String payload() {
        return payload(seq, hash, recordedAt, signedAt, keyId);
    }

    static String payload(long seq, String hash, Instant recordedAt, Instant signedAt, String keyId) {
        return FORMAT + "\n"
                + "seq=" + seq + "\n"
                + "hash=" + hash + "\n"
                + "recordedAt=" + recordedAt + "\n"
                + "signedAt=" + signedAt + "\n"
                + "keyId=" + keyId + "\n";
    }

    /** Names sort by position, then by time: the newest checkpoint of the longest chain comes last. */
    static String fileName(long seq, Instant signedAt) {
        return String.format("checkpoint-%019d-%s.json", seq, NAME_TIME.format(signedAt));
    }
}

package kz.shagym.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kz.shagym.audit.Verification.UntrustedCheckpoint;

/**
 * Which checkpoints of a folder may be believed: those whose signature holds under the one public
 * key we trust. Files are examined newest first; the first trusted one is "the latest checkpoint".
 * Older files are not examined for a verification, so a folder of years of checkpoints costs one
 * signature check, not thousands, and checkpoints of a retired key stop counting once the new key
 * has signed one.
 */
final class CheckpointTrust {

    static final String BAD_SIGNATURE = "BAD_SIGNATURE";
    static final String UNKNOWN_KEY = "UNKNOWN_KEY";
    static final String UNREADABLE = "UNREADABLE";

    /** When no checkpoints are kept: the chain is verified alone. */
    static final CheckpointTrust NONE = new CheckpointTrust(null, null);

    private final CheckpointFolder folder;
    private final CheckpointKeys.Verifying key;

    CheckpointTrust(CheckpointFolder folder, CheckpointKeys.Verifying key) {
        this.folder = folder;
        this.key = key;
    }

    CheckpointKeys.Verifying key() {
        return key;
    }

    /** The latest trusted checkpoint, and the untrusted files newer than it. */
    Latest latest() {
        List<UntrustedCheckpoint> untrusted = new ArrayList<>();
        for (Examined examined : examine()) {
            if (examined.trusted()) {
                return new Latest(Optional.of(examined.checkpoint()), untrusted);
            }
            untrusted.add(new UntrustedCheckpoint(examined.file(), examined.problem()));
        }
        return new Latest(Optional.empty(), untrusted);
    }

    /** The newest trusted checkpoint that passes the test, or none. */
    Optional<Checkpoint> newestTrusted(Predicate<Checkpoint> test) {
        for (Examined examined : examine()) {
            if (examined.trusted() && test.test(examined.checkpoint())) {
                return Optional.of(examined.checkpoint());
            }
        }
        return Optional.empty();
    }

    /** The newest {@code limit} files, each with whether it is trusted. */
    List<Examined> newest(int limit) {
        List<Examined> listed = new ArrayList<>();
        for (Examined examined : examine()) {
            if (listed.size() == limit) {
                break;
            }
            listed.add(examined);
        }
        return listed;
    }

    /** One file by its name, with whether it is trusted; empty when the folder holds no checkpoint of that name. */
    Optional<Examined> one(String name) {
        return folder != null && folder.holds(name) ? Optional.of(examine(name)) : Optional.empty();
    }

    /** Lazily, newest first: a caller that stops early reads no more files. */
    private Iterable<Examined> examine() {
        if (folder == null) {
            return List.of();
        }
        List<String> names = folder.namesNewestFirst();
        return () -> names.stream().map(this::examine).iterator();
    }

    private Examined examine(String name) {
        Checkpoint checkpoint;
        try {
            checkpoint = folder.read(name);
        } catch (IOException e) {
            return new Examined(name, null, UNREADABLE);
        }
        if (!key.keyId().equals(checkpoint.keyId())) {
            return new Examined(name, checkpoint, UNKNOWN_KEY);
        }
        if (!key.verifies(checkpoint.payload(), checkpoint.signature())) {
            return new Examined(name, checkpoint, BAD_SIGNATURE);
        }
        return new Examined(name, checkpoint, null);
    }

    record Latest(Optional<Checkpoint> checkpoint, List<UntrustedCheckpoint> untrusted) {
    }

    /** @param checkpoint null when the file could not be read; @param problem null when trusted */
    record Examined(String file, Checkpoint checkpoint, String problem) {

        boolean trusted() {
            return problem == null;
        }
    }
}

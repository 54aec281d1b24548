package kz.shagym.release;

import java.time.Instant;
import java.util.List;

/** A stored rule set version and the list of its files (without their bytes). */
public record StoredVersion(
        String id,
        long sequence,
        VersionState state,
        String author,
        Instant createdAt,
        String comment,
        String parentId,
        String report,
        List<StoredFile> files) {

    public StoredVersion {
        files = List.copyOf(files);
    }
}

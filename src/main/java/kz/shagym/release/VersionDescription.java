package kz.shagym.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A version as {@code /api/v1/rulesets} shows it: what is stored, with its report read back.
 *
 * @param existing on an upload's answer only: true when the same content was stored before (200), false
 *     when this upload stored it (201); absent when a stored version is read
 */
record VersionDescription(String id, VersionState state, long sequence, String author, Instant createdAt,
        String comment, String parentId, List<StoredFile> files, VersionReport report,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean existing) {

    static VersionDescription of(StoredVersion version, VersionReport report) {
        return new VersionDescription(version.id(), version.state(), version.sequence(), version.author(),
                version.createdAt(), version.comment(), version.parentId(), version.files(), report, null);
    }

    VersionDescription uploaded(boolean alreadyStored) {
        return new VersionDescription(id, state, sequence, author, createdAt, comment, parentId, files, report,
                alreadyStored);
    }
}

package kz.shagym.release;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A version as {@code GET /api/v1/rulesets} lists it. {@code report} was the stored JSON text of the report,
 * sent inside a string; it stays, because the contract never removes a field, and {@code reportObject} is the
 * same report as an object, as {@code GET /api/v1/rulesets/{id}} gives it.
 */
@Schema(name = "StoredVersion", description = "A stored version, without its files' bytes")
record ListedVersion(
        String id,
        long sequence,
        VersionState state,
        String author,
        Instant createdAt,
        String comment,
        String parentId,
        @Schema(deprecated = true, description = "The report as JSON text inside a string; read `reportObject`."
                + " Kept for existing clients; removed only in a v2 of the API")
        String report,
        @Schema(description = "The report of the check, compile and scenarios, as an object")
        VersionReport reportObject,
        List<StoredFile> files) {

    static ListedVersion of(StoredVersion version, VersionReport report) {
        return new ListedVersion(version.id(), version.sequence(), version.state(), version.author(),
                version.createdAt(), version.comment(), version.parentId(), version.report(), report, version.files());
    }
}

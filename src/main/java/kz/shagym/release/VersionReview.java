package kz.shagym.release;

import java.time.Instant;

/**
 * An approver's answer to a draft other than activating it: rejected, or returned to its author for
 * rework. The reason is what the author reads on the version's page and on their home page.
 */
public record VersionReview(String versionId, VersionState outcome, String reviewedBy, Instant reviewedAt,
        String reason) {
}

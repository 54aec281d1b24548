package kz.shagym.impact;

import java.time.Instant;

/**
 * An impact job as any instance reads it from the database: {@code GET /api/v1/rulesets/{id}/impact/{jobId}}.
 *
 * @param version the candidate version
 * @param activeVersion the version it is compared with (the one the database said was active when the job
 *     started); null while queued
 * @param done requests decided so far; written every second or so while running
 * @param total requests to decide (known once running)
 * @param from recorded at or after
 * @param to recorded before
 * @param result the report, once {@code DONE}; null before
 * @param failure why it failed, once {@code FAILED}
 */
public record ImpactJob(String jobId, String version, String activeVersion, ImpactState state, long done, long total,
        Instant from, Instant to, long limit, String requestedBy, Instant requestedAt, Instant updatedAt,
        ImpactReport result, Failure failure) {

    /** A stable code ({@code SHG-IMPACT-500}, {@code SHG-RULESET-409-UNUSABLE}, ...) and what happened. */
    public record Failure(String code, String detail) {
    }

    /** Whole percent done, for a progress bar. */
    public int percent() {
        return state == ImpactState.DONE ? 100 : total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}

package kz.shagym.impact;

/**
 * Published on the job's own thread each time the job's row is written (state or progress): the
 * readiness signal tests wait on, instead of polling.
 */
public record ImpactProgressed(String jobId, ImpactState state, long done, long total) {
}

package kz.shagym.audit;

import java.time.Instant;

/**
 * Which decisions to find. Every criterion is optional.
 *
 * @param from recorded at or after
 * @param to recorded before (exclusive)
 * @param page from 0
 */
public record DecisionQuery(Instant from, Instant to, String version, String client, String complaintId,
        int page, int size) {

    public DecisionQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    /** Everything, first page of the given size. */
    public static DecisionQuery all(int size) {
        return new DecisionQuery(null, null, null, null, null, 0, size);
    }
}

package kz.shagym.audit;

import java.time.Instant;

/**
 * Where a record went into the chain: what the writer thread adds to a caller's texts. The writer
 * hands this back, not the whole {@link AuditRecord}, so that it never parses what it stores.
 */
record ChainPlace(String decisionId, long seq, Instant recordedAt, String prevHash, String hash) {
}

package kz.shagym.audit;

import java.time.Instant;
import kz.shagym.rules.ComplaintFacts;

/**
 * What a recorded decision was asked, without its answer: enough to decide it again under another
 * version. The facts are kept as their stored canonical text and read on demand, so that a caller
 * deciding many of them on several threads also reads them in parallel.
 *
 * @param seq the record's position in the chain (or in an export)
 * @param rulesetVersion the version that decided it
 * @param request the stored facts (canonical JSON)
 */
public record RecordedRequest(long seq, String decisionId, Instant recordedAt, String rulesetVersion, String request) {

    private static final CanonicalJson JSON = new CanonicalJson();

    /** The facts as the rules saw them, {@code asOf} included: read exactly as a replay reads them. */
    public ComplaintFacts facts() {
        return JSON.read(request, ComplaintFacts.class);
    }
}

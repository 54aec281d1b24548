package kz.shagym.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import kz.shagym.decision.Decision;
import kz.shagym.rules.ComplaintFacts;
import tools.jackson.databind.JsonNode;

/**
 * One stored decision: what was asked, what was answered, under which rule set version, for whom,
 * and its link in the hash chain. {@code hash} = SHA-256 over {@code prevHash} followed by the
 * canonical JSON of every other field.
 *
 * @param seq the position in the chain, from 1, without gaps
 * @param whatIf the caller asked under a version of its choice, not the active one
 * @param request the complaint facts as decided (canonical JSON)
 * @param answer the decision as released (canonical JSON)
 * @param firedRules the names of the rules that fired, in firing order
 */
public record AuditRecord(
        long seq,
        String decisionId,
        Instant recordedAt,
        String client,
        boolean whatIf,
        String rulesetVersion,
        String complaintId,
        @Schema(implementation = ComplaintFacts.class, description = "The complaint's facts as decided, every field"
                + " present (registeredOn defaulted), as canonical JSON")
        JsonNode request,
        @Schema(implementation = Decision.class, description = "The answer as released; a record made before a field"
                + " was added to the answer lacks it")
        JsonNode answer,
        @Schema(implementation = String[].class, description = "In firing order, e.g. \"Routing row 4 (R01)\"")
        JsonNode firedRules,
        String prevHash,
        String hash) {

    AuditRecord withHash(String hash) {
        return new AuditRecord(seq, decisionId, recordedAt, client, whatIf, rulesetVersion, complaintId, request,
                answer, firedRules, prevHash, hash);
    }
}

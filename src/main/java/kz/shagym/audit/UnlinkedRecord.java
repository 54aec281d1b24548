package kz.shagym.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;

/**
 * A decision on its way into the chain, with everything of its record that does not depend on its
 * place there already written: the canonical JSON that is stored, and the hashed text around the
 * three chain fields ({@code seq}, {@code recordedAt} and the previous hash). Its caller's thread
 * writes it ({@link ChainHash#unlinked}), so the one writer thread, and the chain lock, only do what
 * needs the chain's order: number, stamp and hash.
 *
 * <p>The hashed text is the canonical JSON of the record's content, whose keys sort as {@code answer,
 * client, complaintId, decisionId, firedRules, recordedAt, request, rulesetVersion, seq, whatIf}:
 * {@code {"answer":}, then {@link #answerUtf8}, then {@link #afterAnswer} up to the time's opening quote,
 * {@link #beforeSeq} from its closing quote to the sequence number, and {@link #end} from there to the
 * closing brace.
 *
 * <p>The answer is kept as UTF-8 only: {@code answerUtf8} whole, as it is hashed, and {@code storedAnswer}
 * as it is stored: on PostgreSQL its explanations referred to by hash ({@link StoredTexts}), with the
 * {@code texts} it refers to; on H2, which keeps it whole, the same bytes and no texts. No {@code String}
 * of it is made on the way in.
 *
 * <p>{@code claim}, when not null, is the caller's {@code Idempotency-Key}: stored with the record, not hashed.
 */
record UnlinkedRecord(
        String decisionId,
        String client,
        boolean whatIf,
        String rulesetVersion,
        String complaintId,
        String requestJson,
        byte[] answerUtf8,
        byte[] storedAnswer,
        Collection<StoredTexts.Text> texts,
        String firedRulesJson,
        byte[] afterAnswer,
        byte[] beforeSeq,
        byte[] end,
        IdempotencyKeys.Claim claim) {

    /** The same record, claiming the caller's {@code Idempotency-Key} when it is stored. */
    UnlinkedRecord claiming(IdempotencyKeys.Claim key) {
        return new UnlinkedRecord(decisionId, client, whatIf, rulesetVersion, complaintId, requestJson, answerUtf8, storedAnswer, texts,
                firedRulesJson, afterAnswer, beforeSeq, end, key);
    }

    /** The answer's canonical JSON. */
    String answerJson() {
        return new String(answerUtf8, StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Its place once linked; the stored texts are this one's. */
    ChainPlace linked(long seq, Instant recordedAt, String prevHash, String hash) {
        return new ChainPlace(decisionId, seq, recordedAt, prevHash, hash);
    }

    /** The whole record at that place, read back from its texts (for tests and tools, not the writer). */
    AuditRecord record(ChainPlace place, CanonicalJson json) {
        return new AuditRecord(place.seq(), decisionId, place.recordedAt(), client, whatIf, rulesetVersion, complaintId,
                json.read(requestJson), json.read(answerJson()), json.read(firedRulesJson), place.prevHash(), place.hash());
    }
}

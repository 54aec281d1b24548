package kz.shagym.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes the hash that links a record to the one before it: SHA-256 over the previous hash followed
 * by the canonical JSON of every other field. {@link #of} writes that text whole (what verification
 * does); {@link #unlinked} and {@link #link} write the same text in two steps, so that all but the
 * chain fields is written before the chain lock is taken ({@code ChainHashTest} holds the two equal).
 */
final class ChainHash {

    /** The {@code prevHash} of the first record. */
    static final String GENESIS = "0".repeat(64);

    // always six fraction digits: the text must not depend on how many are zero
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final byte[] ANSWER_KEY = UnlinkedRecord.utf8("{\"answer\":");

    private final CanonicalJson json;
    private final boolean whole;

    /** For a store that refers to explanations' texts (PostgreSQL), and for verification, which writes no answer. */
    ChainHash(CanonicalJson json) {
        this(json, false);
    }

    /**
     * @param whole whether the store keeps each answer whole (H2, see {@link ChainWrites}): the answer is then
     *     written once, with no references to put back
     */
    ChainHash(CanonicalJson json, boolean whole) {
        this.json = json;
        this.whole = whole;
    }

    /** The hash the record should carry, from its {@code prevHash} and content (its own {@code hash} is ignored). */
    String of(AuditRecord record) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("seq", record.seq());
        content.put("decisionId", record.decisionId());
        content.put("recordedAt", TIME.format(record.recordedAt()));
        content.put("client", record.client());
        content.put("whatIf", record.whatIf());
        content.put("rulesetVersion", record.rulesetVersion());
        content.put("complaintId", record.complaintId());
        content.set("request", record.request());
        content.set("answer", record.answer());
        content.set("firedRules", record.firedRules());
        return hex(digest().digest((record.prevHash() + json.write(content)).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a record's canonical texts, all but its chain fields, in the key order {@link #of}'s sorted
     * object gives them; each value (a tree, or the facts, answer and rule names themselves) is written
     * by the same canonical writer.
     */
    UnlinkedRecord unlinked(String decisionId, String client, boolean whatIf, String rulesetVersion,
            String complaintId, Object request, Object answer, Object firedRules) {
        String requestJson = json.write(request);
        // The answer is most of the record (8,000 characters, most of them Cyrillic): written as UTF-8 alone,
        // which both stores take as it is (no text of it is made), and hashed where it lies.
        // PostgreSQL stores it with each explanation's text replaced by a reference (the texts once each, in their
        // own table), and it is hashed whole: the two come from one writing. H2 stores what is hashed.
        StoredTexts.StoredAnswer stored = whole ? json.whole(answer) : json.store(answer);
        byte[] answerUtf8 = stored.whole();
        String firedRulesJson = json.write(firedRules);
        String afterAnswer = ",\"client\":" + text(client)
                + ",\"complaintId\":" + text(complaintId)
                + ",\"decisionId\":" + text(decisionId)
                + ",\"firedRules\":" + firedRulesJson
                + ",\"recordedAt\":\"";
        String beforeSeq = "\",\"request\":" + requestJson
                + ",\"rulesetVersion\":" + text(rulesetVersion)
                + ",\"seq\":";
        String end = ",\"whatIf\":" + whatIf + "}";
        return new UnlinkedRecord(decisionId, client, whatIf, rulesetVersion, complaintId, requestJson, answerUtf8,
                stored.utf8(), stored.texts().values(), firedRulesJson, UnlinkedRecord.utf8(afterAnswer), UnlinkedRecord.utf8(beforeSeq),
                UnlinkedRecord.utf8(end), null);
    }

    /** The hash of {@code record} at this place in the chain: equal to {@link #of} of the linked record. */
    String link(UnlinkedRecord record, String prevHash, long seq, Instant recordedAt, MessageDigest digest) {
        digest.reset();
        digest.update(UnlinkedRecord.utf8(prevHash));
        digest.update(ANSWER_KEY);
        digest.update(record.answerUtf8());
        digest.update(record.afterAnswer());
        digest.update(UnlinkedRecord.utf8(TIME.format(recordedAt)));
        digest.update(record.beforeSeq());
        digest.update(UnlinkedRecord.utf8(Long.toString(seq)));
        digest.update(record.end());
        return hex(digest.digest());
    }

    /** A text field as the sorted object writes it: quoted and escaped, or {@code null}. */
    private String text(String value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return json.write(value == null ? nodes.nullNode() : nodes.textNode(value));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }
}

package kz.shagym.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Computes the hash that links a record to the one before it. */
final class ChainHash {

    /** The {@code prevHash} of the first record. */
    static final String GENESIS = "0".repeat(64);

    // always six fraction digits: the text must not depend on how many are zero
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final CanonicalJson json;

    ChainHash(CanonicalJson json) {
        this.json = json;
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
        return sha256(record.prevHash() + json.write(content));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

package kz.shagym.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts the explanations' texts back into a stored answer ({@link StoredTexts}), so that every reader,
 * verification and replay included, sees the answer that was hashed. A text is used only when its bytes
 * hash to the reference; one missing or altered stays a reference, and the record's hash then fails.
 */
final class ExpandedAnswers {

    private static final long KEPT = 10_000;

    private final JdbcClient jdbc;
    private final CanonicalJson json;
    /** Texts checked once stay right: one that hashes to its reference cannot be another. */
    private final Cache<String, JsonNode> checked = Caffeine.newBuilder().maximumSize(KEPT).build();

    ExpandedAnswers(JdbcClient jdbc, CanonicalJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** For reading answers: texts checked before are taken from memory. */
    Function<String, JsonNode> remembered() {
        return hash -> {
            JsonNode known = checked.getIfPresent(hash);
            if (known != null) {
                return known;
            }
            JsonNode read = read(hash);
            if (read != null) {
                checked.put(hash, read);
            }
            return read;
        };
    }

    /**
     * For verification: every text is read from the database again, once per walk, so that a text changed
     * there since it was last read breaks the records that refer to it.
     */
    Function<String, JsonNode> fresh() {
        Map<String, Optional<JsonNode>> read = new HashMap<>();
        return hash -> read.computeIfAbsent(hash, h -> Optional.ofNullable(read(h))).orElse(null);
    }

    /** The stored answer with each reference whose text is found replaced by a copy of that text. */
    JsonNode expand(String stored, Function<String, JsonNode> texts) {
        JsonNode answer = json.read(stored);
        if (stored.contains("\"" + StoredTexts.KEY + "\"")) {
            replace(answer, texts);
        }
        return answer;
    }

    private static void replace(JsonNode node, Function<String, JsonNode> texts) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode text = text(array.get(i), texts);
                if (text != null) {
                    array.set(i, text);
                } else {
                    replace(array.get(i), texts);
                }
            }
        } else if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode text = text(object.get(name), texts);
                if (text != null) {
                    object.set(name, text);
                } else {
                    replace(object.get(name), texts);
                }
            }
        }
    }

    private static JsonNode text(JsonNode node, Function<String, JsonNode> texts) {
        if (node instanceof ObjectNode object && object.size() == 1 && object.has(StoredTexts.KEY)
                && object.get(StoredTexts.KEY).isString()) {
            JsonNode text = texts.apply(object.get(StoredTexts.KEY).asString());
            return text == null ? null : text.deepCopy();
        }
        return null;
    }

    private JsonNode read(String hash) {
        return jdbc.sql("SELECT canonical_json FROM decision_text WHERE hash = :hash")
                .param("hash", hash)
                .query(String.class)
                .optional()
                .filter(text -> StoredTexts.Text.hashOf(text.getBytes(StandardCharsets.UTF_8)).equals(hash))
                .map(json::read)
                .orElse(null);
    }
}

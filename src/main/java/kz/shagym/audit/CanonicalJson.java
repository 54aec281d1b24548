package kz.shagym.audit;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form the audit log stores and hashes: sorted keys at every level, no white space,
 * dates as ISO strings, nulls kept. Writing a parsed canonical text again gives the same text, so a
 * hash can be recomputed from what is stored.
 *
 * <p>{@link #write(Object)} writes a value directly, with no tree in between: its properties sorted as
 * the tree's would be ({@code CanonicalJsonTest} holds the two texts equal over the scenarios and
 * thousands of generated decisions). An answer's explanations are most of its 8,000 characters and
 * the very same objects in every decision of a rule set (made once per rule): {@link #store} writes each
 * one's text once and reuses it while its object lives ({@link StoredTexts}).
 */
final class CanonicalJson {

    private final JsonMapper mapper = builder().build();
    private final StoredTexts stored = new StoredTexts();

    static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                // a record's properties are all its constructor's: sorted too, not in declaration order
                .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.INDENT_OUTPUT)
                // a record written by an older version of the service must still replay
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** The canonical text of a tree, or of any value the tree of which would give the same text. */
    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    /** {@link #write(Object)}'s text as UTF-8. */
    byte[] writeUtf8(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /** The answer as the log stores it: {@link #writeUtf8} with each explanation referred to by its text's hash. */
    StoredTexts.StoredAnswer store(Object answer) {
        return stored.store(answer);
    }

    /** {@link #writeUtf8} of an answer, explanations copied from their earlier writing: for a store that keeps it whole. */
    StoredTexts.StoredAnswer whole(Object answer) {
        return stored.whole(answer);
    }

    JsonNode read(String text) {
        return mapper.readTree(text);
    }

    <T> T read(String text, Class<T> type) {
        return mapper.readValue(text, type);
    }

    <T> T read(JsonNode tree, Class<T> type) {
        return mapper.treeToValue(tree, type);
    }
}

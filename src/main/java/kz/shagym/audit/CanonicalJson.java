package kz.shagym.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.shagym.decision.Explanation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON form the audit log stores and hashes: sorted keys at every level, no white space,
 * dates as ISO strings, nulls kept. Writing a parsed canonical text again gives the same text, so a
 * hash can be recomputed from what is stored.
 *
 * <p>{@link #write(Object)} writes a value directly, with no tree in between: its properties sorted as
 * the tree's would be ({@code CanonicalJsonTest} holds the two texts equal over the scenarios and
 * thousands of generated decisions). An answer's explanations are most of its 8,000 characters and
 * the very same objects in every decision of a rule set (made once per rule), so each one's text is
 * written once and reused while its object lives.
 */
final class CanonicalJson {

    /** Explanations of a few versions' rules; the cache holds them weakly, by identity, so a dropped version's go too. */
    private static final long EXPLANATIONS_KEPT = 100_000;

    /** Trees and reading: never the reused texts (in a tree they would be raw values, not nodes). */
    private final JsonMapper mapper = builder().build();
    private final JsonMapper direct;
    private final Cache<Explanation, SerializedString> explanations =
            Caffeine.newBuilder().weakKeys().maximumSize(EXPLANATIONS_KEPT).build();

    CanonicalJson() {
        SimpleModule repeated = new SimpleModule("repeated-explanations");
        repeated.addSerializer(Explanation.class, new ValueSerializer<>() {
            @Override
            public void serialize(Explanation value, JsonGenerator gen, SerializationContext context) {
                gen.writeRawValue(explanations.get(value, v -> new SerializedString(mapper.writeValueAsString(v))));
            }
        });
        this.direct = builder().addModule(repeated).build();
    }

    private static JsonMapper.Builder builder() {
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
        return direct.writeValueAsString(value);
    }

    /** {@link #write(Object)}'s text as UTF-8. */
    byte[] writeUtf8(Object value) {
        return direct.writeValueAsBytes(value);
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

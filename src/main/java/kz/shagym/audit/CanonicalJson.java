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
 */
final class CanonicalJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            // a record written by an older version of the service must still replay
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    String write(JsonNode tree) {
        return mapper.writeValueAsString(tree);
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

package kz.shagym.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Walks an example against its schema in an OpenAPI document and lists every field the example has and
 * the schema does not: an example that drifted from its answer (a renamed or removed field) shows here.
 */
final class SchemaWalk {

    private final JsonNode api;
    private final List<String> unknown;

    SchemaWalk(JsonNode api, List<String> unknown) {
        this.api = api;
        this.unknown = unknown;
    }

    void check(String where, JsonNode value, JsonNode schema) {
        if (value == null || schema == null || value.isNull()) {
            return;
        }
        if (value.isArray()) {
            JsonNode items = resolved(schema).path("items");
            value.forEach(item -> check(where + "[]", item, items.isMissingNode() ? null : items));
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Map<String, JsonNode> properties = properties(schema);
        if (properties.isEmpty()) {
            return; // a free-form object (JsonNode, additional properties only)
        }
        boolean open = resolved(schema).path("additionalProperties").asBoolean(false);
        value.properties().forEach(field -> {
            JsonNode property = properties.get(field.getKey());
            if (property == null) {
                if (!open) {
                    unknown.add(where + "." + field.getKey());
                }
                return;
            }
            check(where + "." + field.getKey(), field.getValue(), property);
        });
    }

    /** The schema's own properties and those of the schema it refers to (a property added beside a $ref). */
    private Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode target = resolved(schema);
        target.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        return properties;
    }

    private JsonNode resolved(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : api.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
    }
}

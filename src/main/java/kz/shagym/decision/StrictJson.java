package kz.shagym.decision;

import java.io.InputStream;
import java.util.List;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.InvalidField.Code;
import kz.shagym.problem.InvalidRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a request body into a tree, token by token, so that a repeated member is reported (with its path)
 * alongside the other errors instead of silently keeping the last value or stopping the parse.
 * Input that is not one well-formed JSON value ends the reading with a single error.
 */
final class StrictJson {

    private static final JsonFactory JSON = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StrictJson() {
    }

    /**
     * @param duplicates receives one {@link Code#DUPLICATE_FIELD} per repeated member; the first value is kept
     * @throws InvalidRequest when the body is empty or not well-formed JSON
     */
    static JsonNode read(InputStream body, List<InvalidField> duplicates) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new InvalidRequest(new InvalidField("", Code.EMPTY_BODY, "The body is empty; send a JSON object."));
            }
            JsonNode root = value(parser, "", duplicates);
            if (parser.nextToken() != null) {
                throw malformed("there is content after the JSON value", parser.currentTokenLocation());
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw malformed("it is nested too deeply or holds a value too long", e.getLocation());
        } catch (JacksonException e) {
            throw malformed("it is not well-formed JSON", e.getLocation());
        }
    }

    private static JsonNode value(JsonParser parser, String path, List<InvalidField> duplicates) {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, path, duplicates);
            case START_ARRAY -> array(parser, path, duplicates);
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw malformed("unexpected content", parser.currentTokenLocation());
        };
    }

    private static ObjectNode object(JsonParser parser, String path, List<InvalidField> duplicates) {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            String memberPath = RequestFields.path(path, name);
            parser.nextToken();
            JsonNode member = value(parser, memberPath, duplicates);
            if (object.has(name)) {
                duplicates.add(new InvalidField(memberPath, Code.DUPLICATE_FIELD,
                        memberPath + " is given more than once"));
            } else {
                object.set(name, member);
            }
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String path, List<InvalidField> duplicates) {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, path + "[" + index++ + "]", duplicates));
        }
        return array;
    }

    private static InvalidRequest malformed(String why, TokenStreamLocation where) {
        String at = where != null && where.getLineNr() > 0
                ? " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"
                : "";
        return new InvalidRequest(new InvalidField("", Code.MALFORMED_JSON, "The body is not valid: " + why + at + "."));
    }
}

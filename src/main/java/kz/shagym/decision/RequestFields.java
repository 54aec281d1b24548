package kz.shagym.decision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.shagym.problem.InvalidField;
import kz.shagym.problem.InvalidField.Code;
import tools.jackson.databind.JsonNode;

/**
 * Typed, strict access to the members of one JSON object. Every problem is added to the shared error
 * list under the member's dotted path, and the getter returns null, so a caller reads every field and
 * reports every error in one answer. A member that is null counts as absent.
 */
final class RequestFields {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final int MAX_ECHOED_NAME = 64;

    private final JsonNode object;
    private final String path;
    private final List<InvalidField> errors;

    RequestFields(JsonNode object, String path, List<InvalidField> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** Reports every member not in {@code known}. */
    void rejectUnknown(Set<String> known) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                String field = path(path, shortened(name));
                error(field, Code.UNKNOWN_FIELD, field + " is not a field of this request; the fields are "
                        + known.stream().sorted().collect(Collectors.joining(", ")));
            }
        }
    }

    <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        return anEnum(name, type, required(name));
    }

    <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        return anEnum(name, type, optional(name));
    }

    LocalDate requiredDate(String name) {
        return date(name, required(name));
    }

    LocalDate optionalDate(String name) {
        return date(name, optional(name));
    }

    Boolean requiredBoolean(String name) {
        return bool(name, required(name));
    }

    boolean optionalBoolean(String name, boolean absent) {
        JsonNode value = optional(name);
        if (value == null) {
            return absent;
        }
        Boolean given = bool(name, value);
        return given != null ? given : absent;
    }

    /**
     * @param allowed the characters allowed, or null for any but control characters
     */
    String optionalText(String name, int maxLength, Pattern allowed, String allowedInWords) {
        JsonNode value = optional(name);
        if (value == null) {
            return null;
        }
        String field = path(path, name);
        if (!value.isString()) {
            return error(field, Code.WRONG_TYPE, field + " must be a string");
        }
        String text = value.stringValue();
        if (text.isEmpty()) {
            return error(field, Code.EMPTY, field + " must not be empty; leave it out instead");
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return error(field, Code.TOO_LONG, field + " must be at most " + maxLength + " characters");
        }
        boolean ok = allowed != null
                ? allowed.matcher(text).matches()
                : text.codePoints().noneMatch(Character::isISOControl);
        if (!ok) {
            return error(field, Code.INVALID_CHARACTERS, field + " may only contain " + allowedInWords);
        }
        return text;
    }

    /** The member as an object to read further, or null when absent or not an object (reported). */
    RequestFields optionalObject(String name) {
        JsonNode value = optional(name);
        if (value == null) {
            return null;
        }
        String field = path(path, name);
        if (!value.isObject()) {
            return error(field, Code.WRONG_TYPE, field + " must be a JSON object");
        }
        return new RequestFields(value, field, errors);
    }

    private JsonNode required(String name) {
        String field = path(path, name);
        JsonNode value = object.get(name);
        if (value == null) {
            return error(field, Code.REQUIRED, field + " is required");
        }
        if (value.isNull()) {
            return error(field, Code.REQUIRED, field + " is required and must not be null");
        }
        return value;
    }

    private JsonNode optional(String name) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private <E extends Enum<E>> E anEnum(String name, Class<E> type, JsonNode value) {
        if (value == null) {
            return null;
        }
        String field = path(path, name);
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value.isNumber() || (value.isString() && INTEGER.matcher(value.stringValue()).matches())) {
            return error(field, Code.ENUM_ORDINAL, field + " must be given by name, not by number: one of " + allowed);
        }
        if (!value.isString()) {
            return error(field, Code.WRONG_TYPE, field + " must be a string, one of " + allowed);
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.stringValue())) {
                return constant;
            }
        }
        return error(field, Code.UNKNOWN_VALUE, field + " must be one of " + allowed);
    }

    private LocalDate date(String name, JsonNode value) {
        if (value == null) {
            return null;
        }
        String field = path(path, name);
        if (!value.isString()) {
            return error(field, Code.WRONG_TYPE, field + " must be a date string YYYY-MM-DD");
        }
        Matcher iso = ISO_DATE.matcher(value.stringValue());
        if (!iso.matches()) {
            return error(field, Code.INVALID_DATE, field + " must be an ISO date YYYY-MM-DD");
        }
        try {
            return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
        } catch (DateTimeException e) {
            return error(field, Code.IMPOSSIBLE_DATE, field + " is not a day of the calendar");
        }
    }

    private Boolean bool(String name, JsonNode value) {
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            String field = path(path, name);
            return error(field, Code.WRONG_TYPE, field + " must be true or false (a JSON boolean, not a string)");
        }
        return value.booleanValue();
    }

    private <T> T error(String field, Code code, String message) {
        errors.add(new InvalidField(field, code, message));
        return null;
    }

    private static String shortened(String name) {
        return name.length() <= MAX_ECHOED_NAME ? name : name.substring(0, MAX_ECHOED_NAME) + "…";
    }
}

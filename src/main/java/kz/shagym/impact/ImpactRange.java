package kz.shagym.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which recorded decisions a job decides again: recorded in {@code [from, to)}, the newest {@code limit}.
 */
public record ImpactRange(Instant from, Instant to, long limit) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("from", "to", "limit");

    /**
     * The body of {@code POST .../impact} read strictly: {@code {"from": "2025-01-01", "to": "2025-12-31",
     * "limit": 1000}}, each optional. A day is a whole day in {@code zone} ({@code to} included); a time
     * needs its offset. Without {@code from}, {@code defaultPeriod} back from {@code to}; without {@code to},
     * now; without {@code limit}, {@code maxRecords}.
     *
     * @throws InvalidImpactRequest 400 when it cannot be read, 422 when the range is empty or the limit out of bounds
     */
    static ImpactRange read(String body, Instant now, ImpactSettings settings) {
        JsonNode tree = tree(body);
        for (String name : tree.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw InvalidImpactRequest.unreadable("problem.impact.unknown-field", name);
            }
        }
        Instant to = instant(tree, "to", true, settings.zone());
        Instant end = to == null ? now : to;
        Instant from = instant(tree, "from", false, settings.zone());
        Instant start = from == null ? end.minus(settings.defaultPeriod()) : from;
        long limit = limit(tree, settings.maxRecords());
        if (!end.isAfter(start)) {
            throw InvalidImpactRequest.outOfRange("problem.impact.empty-range");
        }
        if (limit < 1 || limit > settings.maxRecords()) {
            throw InvalidImpactRequest.outOfRange("problem.impact.limit-range", settings.maxRecords());
        }
        return new ImpactRange(start, end, limit);
    }

    /** The default range: the last {@code defaultPeriod} up to now, at most {@code maxRecords}. */
    static ImpactRange lastPeriod(Instant now, ImpactSettings settings) {
        return new ImpactRange(now.minus(settings.defaultPeriod()), now, settings.maxRecords());
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw InvalidImpactRequest.unreadable("problem.impact.not-json");
            }
            return tree;
        } catch (JacksonException e) {
            throw InvalidImpactRequest.unreadable("problem.impact.not-json");
        }
    }

    private static Instant instant(JsonNode tree, String name, boolean end, ZoneId zone) {
        JsonNode node = tree.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isString() ? node.asString() : "";
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidImpactRequest.unreadable("problem.impact.not-a-date", name);
        }
    }

    private static long limit(JsonNode tree, long max) {
        JsonNode node = tree.get("limit");
        if (node == null || node.isNull()) {
            return max;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw InvalidImpactRequest.unreadable("problem.impact.limit-not-a-number");
        }
        return node.asLong();
    }
}

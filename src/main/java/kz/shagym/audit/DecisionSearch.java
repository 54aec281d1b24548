package kz.shagym.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The criteria of a decision search as a caller types them, read once for the API and the workbench.
 * Every criterion is optional; blank counts as absent.
 *
 * @param from a day ({@code 2025-03-19}, in {@code zone}) or an instant with its offset
 * @param to the same; a day as {@code to} includes that whole day
 */
public record DecisionSearch(String from, String to, String version, String client, String complaintId) {

    /**
     * @throws InvalidDecisionQuery when a date cannot be read, {@code to} is before {@code from}, or the
     *     page is out of bounds
     */
    public DecisionQuery query(ZoneId zone, int page, int size) {
        Instant start = instant("from", from, false, zone);
        Instant end = instant("to", to, true, zone);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidDecisionQuery(InvalidDecisionQuery.Reason.TO_BEFORE_FROM, "to is before from.");
        }
        try {
            return new DecisionQuery(start, end, blankToNull(version), blankToNull(client), blankToNull(complaintId),
                    page, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidDecisionQuery(InvalidDecisionQuery.Reason.PAGING, e.getMessage() + ".");
        }
    }

    private static Instant instant(String name, String value, boolean end, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            // an unencoded "+05:00" in a query string arrives as " 05:00"
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDecisionQuery(InvalidDecisionQuery.Reason.NOT_A_DATE, "'" + name
                    + "' must be a date (2025-03-19) or a date and time with offset (2025-03-19T10:00:00+05:00).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

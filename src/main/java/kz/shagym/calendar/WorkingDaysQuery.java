package kz.shagym.calendar;

import static kz.shagym.calendar.InvalidWorkingDaysQuery.Reason.INVALID_DATE;
import static kz.shagym.calendar.InvalidWorkingDaysQuery.Reason.NOT_AN_INTEGER;
import static kz.shagym.calendar.InvalidWorkingDaysQuery.Reason.OUT_OF_RANGE;
import static kz.shagym.calendar.InvalidWorkingDaysQuery.Reason.REQUIRED;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kz.shagym.calendar.InvalidWorkingDaysQuery.ParameterError;

/** {@code ?from=YYYY-MM-DD&days=N}, checked; parsed by hand so that every bad parameter is reported. */
record WorkingDaysQuery(LocalDate from, int days) {

    static final int MIN_DAYS = 1;
    static final int MAX_DAYS = 365;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    static WorkingDaysQuery parse(String from, String days) {
        List<ParameterError> errors = new ArrayList<>();
        LocalDate date = parseFrom(from, errors);
        int count = parseDays(days, errors);
        if (!errors.isEmpty()) {
            throw new InvalidWorkingDaysQuery(errors);
        }
        return new WorkingDaysQuery(date, count);
    }

    private static LocalDate parseFrom(String from, List<ParameterError> errors) {
        if (from == null || from.isBlank()) {
            errors.add(new ParameterError("from", REQUIRED, "the day of the event is required, as YYYY-MM-DD"));
            return null;
        }
        try {
            if (ISO_DATE.matcher(from).matches()) {
                return LocalDate.parse(from);
            }
        } catch (DateTimeParseException impossibleDate) {
            // falls through to the same error as a malformed one
        }
        errors.add(new ParameterError("from", INVALID_DATE, "must be a real calendar date written YYYY-MM-DD"));
        return null;
    }

    private static int parseDays(String days, List<ParameterError> errors) {
        if (days == null || days.isBlank()) {
            errors.add(new ParameterError("days", REQUIRED, "the number of working days is required"));
            return 0;
        }
        if (!INTEGER.matcher(days).matches()) {
            errors.add(new ParameterError("days", NOT_AN_INTEGER, "must be a whole number"));
            return 0;
        }
        BigInteger value = new BigInteger(days);
        if (value.compareTo(BigInteger.valueOf(MIN_DAYS)) < 0 || value.compareTo(BigInteger.valueOf(MAX_DAYS)) > 0) {
            errors.add(new ParameterError("days", OUT_OF_RANGE, "must be from " + MIN_DAYS + " to " + MAX_DAYS));
            return 0;
        }
        return value.intValueExact();
    }
}

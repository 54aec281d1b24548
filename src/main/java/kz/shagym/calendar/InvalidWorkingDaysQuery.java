package kz.shagym.calendar;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.shagym.problem.ProblemException;

/** The working-days query has a missing or malformed parameter; one error per bad parameter. */
final class InvalidWorkingDaysQuery extends ProblemException {

    private final List<ParameterError> errors;

    InvalidWorkingDaysQuery(List<ParameterError> errors) {
        super(CalendarProblem.INVALID_QUERY,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid query has at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    @Override public String detail() { return getMessage(); }
    @Override public Map<String, Object> properties() { return Map.of("errors", errors); }

    /** What is wrong with one query parameter; {@code code} is stable, {@code message} is for people. */
    record ParameterError(String field, Reason code, String message) {
    }

    /** Stable codes of {@link ParameterError}; published, so never renamed. */
    enum Reason {
        REQUIRED, INVALID_DATE, NOT_AN_INTEGER, OUT_OF_RANGE
    }
}

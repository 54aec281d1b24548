package kz.shagym.problem;

import java.util.List;
import java.util.Map;

/** The request is not acceptable as sent: every bad field is listed, so the caller fixes them in one go. */
public final class InvalidRequest extends ProblemException {

    private final List<InvalidField> errors;

    public InvalidRequest(List<InvalidField> errors) {
        super(RequestProblem.INVALID, "invalid request: " + errors.size() + " error(s)");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(InvalidField error) {
        this(List.of(error));
    }

    public List<InvalidField> errors() {
        return errors;
    }

    @Override public String detail() {
        return errors.size() == 1
                ? "The request has 1 error; see 'errors'."
                : "The request has " + errors.size() + " errors; see 'errors'.";
    }
    @Override public Map<String, Object> properties() { return Map.of("errors", errors); }
}

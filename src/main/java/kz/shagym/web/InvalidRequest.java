package kz.shagym.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The request is not acceptable as sent: every bad field is listed, so the caller fixes them in one go. */
public final class InvalidRequest extends RuntimeException implements ProblemException {

    public static final String CODE = "SHG-REQ-400";

    private final List<InvalidField> errors;

    public InvalidRequest(List<InvalidField> errors) {
        super("invalid request: " + errors.size() + " error(s)");
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

    @Override public HttpStatus status() { return HttpStatus.BAD_REQUEST; }
    @Override public String code() { return CODE; }
    @Override public String title() { return "Invalid request"; }
    @Override public String detail() {
        return errors.size() == 1
                ? "The request has 1 error; see 'errors'."
                : "The request has " + errors.size() + " errors; see 'errors'.";
    }
    @Override public Map<String, Object> properties() { return Map.of("errors", errors); }
}

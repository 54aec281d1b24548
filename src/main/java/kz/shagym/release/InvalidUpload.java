package kz.shagym.release;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** An upload that is not a table, a rule file or a zip of a set. */
final class InvalidUpload extends RuntimeException implements ProblemException {

    private final HttpStatus status;

    InvalidUpload(String message) {
        this(HttpStatus.BAD_REQUEST, message);
    }

    InvalidUpload(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    @Override public HttpStatus status() { return status; }
    @Override public String code() { return status == HttpStatus.CONTENT_TOO_LARGE ? "SHG-RULESET-413" : "SHG-RULESET-400"; }
    @Override public String title() { return "Invalid upload"; }
    @Override public String detail() { return getMessage(); }
}

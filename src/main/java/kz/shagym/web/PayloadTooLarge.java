package kz.shagym.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** The request body is over {@code shagym.api.max-request-body}. */
final class PayloadTooLarge extends RuntimeException implements ProblemException {

    private final long maxBytes;

    PayloadTooLarge(long maxBytes) {
        super("request body over " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    @Override public HttpStatus status() { return HttpStatus.CONTENT_TOO_LARGE; }
    @Override public String code() { return "SHG-HTTP-413"; }
    @Override public String title() { return "Request body too large"; }
    @Override public String detail() { return "The request body is larger than the limit of " + maxBytes + " bytes."; }
    @Override public Map<String, Object> properties() { return Map.of("maxBytes", maxBytes); }
}

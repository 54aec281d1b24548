package kz.shagym.web;

import java.util.Map;
import kz.shagym.problem.ProblemException;

/** The request body is over {@code shagym.api.max-request-body}. */
final class PayloadTooLarge extends ProblemException {

    private final long maxBytes;

    PayloadTooLarge(long maxBytes) {
        super(WebProblem.PAYLOAD_TOO_LARGE, "request body over " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    @Override public String detail() { return "The request body is larger than the limit of " + maxBytes + " bytes."; }
    @Override public Map<String, Object> properties() { return Map.of("maxBytes", maxBytes); }
}

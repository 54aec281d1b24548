package kz.shagym.decision;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The audit record could not be written, so no decision is released. */
public final class DecisionNotRecorded extends RuntimeException implements ProblemException {

    public DecisionNotRecorded(Throwable cause) {
        super("the decision could not be recorded", cause);
    }

    @Override public HttpStatus status() { return HttpStatus.SERVICE_UNAVAILABLE; }
    @Override public String code() { return "SHG-AUDIT-503"; }
    @Override public String title() { return "Decision not recorded"; }
    // the audit writer logs its failures, rate-limited and without the records' values
    @Override public boolean loggedByFeature() { return true; }
    @Override public String detail() {
        return "The audit record could not be written, so no decision was released. Try again later.";
    }
}

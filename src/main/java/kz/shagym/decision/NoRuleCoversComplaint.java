package kz.shagym.decision;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The tables have no routing row for these facts; the validator prevents it for shipped sets. */
public final class NoRuleCoversComplaint extends RuntimeException implements ProblemException {

    public NoRuleCoversComplaint(String what) {
        super(what);
    }

    @Override public HttpStatus status() { return HttpStatus.UNPROCESSABLE_CONTENT; }
    @Override public String code() { return "SHG-DEC-422"; }
    @Override public String title() { return "No rule covers this complaint"; }
    @Override public String detail() { return getMessage(); }
}

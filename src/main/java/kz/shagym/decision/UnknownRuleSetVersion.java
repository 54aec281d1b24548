package kz.shagym.decision;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A version id was asked for that no stored rule set has. */
public final class UnknownRuleSetVersion extends RuntimeException implements ProblemException {

    private final String version;

    public UnknownRuleSetVersion(String version) {
        super("no rule set version " + version);
        this.version = version;
    }

    @Override public HttpStatus status() { return HttpStatus.NOT_FOUND; }
    @Override public String code() { return "SHG-RULESET-404"; }
    @Override public String title() { return "Unknown rule set version"; }
    @Override public String detail() { return "No rule set version '" + version + "' is stored."; }
}

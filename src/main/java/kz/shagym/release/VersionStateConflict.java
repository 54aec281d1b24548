package kz.shagym.release;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A version cannot move to the asked state from the one it is in (e.g. activating a rejected version). */
public final class VersionStateConflict extends RuntimeException implements ProblemException {

    public VersionStateConflict(String detail) {
        super(detail);
    }

    @Override public HttpStatus status() { return HttpStatus.CONFLICT; }
    @Override public String code() { return "SHG-RULESET-409"; }
    @Override public String title() { return "Rule set version state conflict"; }
    @Override public String detail() { return getMessage(); }
}

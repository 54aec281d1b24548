package kz.shagym.decision;

import kz.shagym.web.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * The rules derived two facts where the answer has room for one (two routes, two review periods): the
 * rule set is wrong, and picking either would answer by chance. Shipped sets never do this; the tables'
 * templates insert one routing row and one time-limits row.
 */
public final class AmbiguousRuleResult extends RuntimeException implements ProblemException {

    public static final String CODE = "SHG-DEC-500-AMBIGUOUS";

    public AmbiguousRuleResult(String what) {
        super(what);
    }

    @Override public HttpStatus status() { return HttpStatus.INTERNAL_SERVER_ERROR; }
    @Override public String code() { return CODE; }
    @Override public String title() { return "The rules gave more than one answer"; }
    @Override public String detail() { return getMessage(); }
}

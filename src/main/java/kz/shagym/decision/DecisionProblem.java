package kz.shagym.decision;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code a decision answers with (besides {@code SHG-REQ-400} of any request). Codes are
 * published: add new ones, never reuse or rename one.
 */
public enum DecisionProblem implements ProblemType {
    IMPOSSIBLE_FACTS("SHG-REQ-422", ProblemCategory.UNPROCESSABLE, "Facts that cannot be true"),
    NO_RULE("SHG-DEC-422", ProblemCategory.UNPROCESSABLE, "No rule covers this complaint"),
    UNKNOWN_VERSION("SHG-RULESET-404", ProblemCategory.NOT_FOUND, "Unknown rule set version"),
    NOT_RECORDED("SHG-AUDIT-503", ProblemCategory.UNAVAILABLE, "Decision not recorded"),
    AMBIGUOUS("SHG-DEC-500-AMBIGUOUS", ProblemCategory.INTERNAL, "The rules gave more than one answer"),
    IDEMPOTENCY_KEY_REUSED("SHG-IDEM-422", ProblemCategory.UNPROCESSABLE,
            "Idempotency key already used for another request"),
    IDEMPOTENCY_KEY_INVALID("SHG-IDEM-400", ProblemCategory.BAD_REQUEST, "Invalid Idempotency-Key header");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    DecisionProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

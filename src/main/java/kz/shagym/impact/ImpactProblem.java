package kz.shagym.impact;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code the impact of a version answers with (an unknown version is the rule set's own
 * {@code SHG-RULESET-404}). Codes are published: add new ones, never reuse or rename one.
 */
public enum ImpactProblem implements ProblemType {
    INVALID_REQUEST("SHG-IMPACT-400", ProblemCategory.BAD_REQUEST, "Invalid impact request"),
    INVALID_RANGE("SHG-IMPACT-422", ProblemCategory.UNPROCESSABLE, "Impact range cannot be compared"),
    UNKNOWN_JOB("SHG-IMPACT-404", ProblemCategory.NOT_FOUND, "Unknown impact job"),
    BUSY("SHG-IMPACT-503", ProblemCategory.UNAVAILABLE, "Too many impact jobs waiting"),
    /** A job's {@code failure}, never an answer to a request: the comparison itself broke. */
    FAILED("SHG-IMPACT-500", ProblemCategory.INTERNAL, "Impact job failed"),
    /** A job's {@code failure}: the instance that ran it stopped (restart, crash) before it finished. */
    ABANDONED("SHG-IMPACT-500-ABANDONED", ProblemCategory.INTERNAL, "Impact job abandoned");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    ImpactProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

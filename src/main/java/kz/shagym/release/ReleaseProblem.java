package kz.shagym.release;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code of uploads, publishing and activation. Codes are published: add new ones, never
 * reuse or rename one.
 */
public enum ReleaseProblem implements ProblemType {
    INVALID_UPLOAD("SHG-RULESET-400", ProblemCategory.BAD_REQUEST, "Invalid upload"),
    UPLOAD_TOO_LARGE("SHG-RULESET-413", ProblemCategory.TOO_LARGE, "Upload too large"),
    CODE_UPLOADED("SHG-UPLOAD-422-CODE", ProblemCategory.UNPROCESSABLE, "Code cannot be uploaded"),
    MACRO("SHG-UPLOAD-422-MACRO", ProblemCategory.UNPROCESSABLE, "Macros are not accepted"),
    DUPLICATE_ENTRY("SHG-UPLOAD-422-DUPLICATE", ProblemCategory.UNPROCESSABLE, "Duplicate file in the zip"),
    TABLES_REJECTED("SHG-RULESET-422", ProblemCategory.UNPROCESSABLE, "Rule set rejected"),
    SCENARIOS_REJECTED("SHG-RULESET-422-SCENARIO", ProblemCategory.UNPROCESSABLE, "Rule set rejected"),
    REASON_REQUIRED("SHG-RULESET-400-REASON", ProblemCategory.BAD_REQUEST, "Reason required"),
    STATE_CONFLICT("SHG-RULESET-409", ProblemCategory.CONFLICT, "Rule set version state conflict"),
    FOUR_EYES("SHG-RULESET-403-FOUR-EYES", ProblemCategory.FORBIDDEN, "Four-eyes rule"),
    BUILD_TIMED_OUT("SHG-BUILD-503", ProblemCategory.UNAVAILABLE, "Build timed out");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    ReleaseProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

package kz.shagym.audit;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code the audit log answers with. Codes are published: add new ones, never reuse or
 * rename one.
 */
public enum AuditProblem implements ProblemType {
    DECISION_NOT_FOUND("SHG-AUDIT-404", ProblemCategory.NOT_FOUND, "Unknown decision"),
    INVALID_SEARCH("SHG-AUDIT-400", ProblemCategory.BAD_REQUEST, "Invalid decision search"),
    UNRECORDABLE_IDENTITY("SHG-AUDIT-400-IDENTITY", ProblemCategory.BAD_REQUEST, "Identity cannot be recorded"),
    CHECKPOINT_NOT_FOUND("SHG-CHECKPOINT-404", ProblemCategory.NOT_FOUND, "Unknown checkpoint"),
    CHECKPOINT_REFUSED("SHG-CHECKPOINT-409", ProblemCategory.CONFLICT, "Chain does not extend the latest checkpoint"),
    CHECKPOINT_UNAVAILABLE("SHG-CHECKPOINT-503", ProblemCategory.UNAVAILABLE, "Checkpoints unavailable");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    AuditProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

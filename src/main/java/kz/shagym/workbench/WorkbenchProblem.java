package kz.shagym.workbench;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code of the workbench's own (an unknown decision is the audit log's {@code SHG-
 * AUDIT-404}). Codes are published: add new ones, never reuse or rename one.
 */
public enum WorkbenchProblem implements ProblemType {
    UNKNOWN_TEMPLATE("SHG-WORKBENCH-404", ProblemCategory.NOT_FOUND, "Unknown table kind");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    WorkbenchProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

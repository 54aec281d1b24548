package kz.shagym.web;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * The problem codes the web layer raises itself; the codes it gives Spring's and Security's exceptions
 * are in {@code ProblemAdvice}. Codes are published: add new ones, never reuse or rename one.
 */
public enum WebProblem implements ProblemType {
    PAYLOAD_TOO_LARGE("SHG-HTTP-413", ProblemCategory.TOO_LARGE, "Request body too large");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    WebProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

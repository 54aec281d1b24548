package kz.shagym.ruleset;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code of compiled rule sets; the codes of table cells are in
 * {@link kz.shagym.ruleset.tables.ProblemKind}. Codes are published: add new ones, never reuse or rename one.
 */
public enum RuleSetProblem implements ProblemType {
    VERSION_UNUSABLE("SHG-RULESET-409-UNUSABLE", ProblemCategory.CONFLICT, "Rule set version cannot decide");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    RuleSetProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

package kz.shagym.calendar;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/**
 * Every problem code the calendar answers with. Codes are published: add new ones, never reuse or
 * rename one.
 */
public enum CalendarProblem implements ProblemType {
    INVALID_QUERY("SHG-CAL-400", ProblemCategory.BAD_REQUEST, "Invalid working-days query");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    CalendarProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

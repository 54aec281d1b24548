package kz.shagym.printout;

import kz.shagym.problem.ProblemCategory;
import kz.shagym.problem.ProblemType;

/** Every problem code of the printouts. Codes are published: add new ones, never reuse or rename one. */
public enum PrintoutProblem implements ProblemType {
    NOT_A_TABLE("SHG-PRINT-404", ProblemCategory.NOT_FOUND, "No table at that path"),
    REJECTED_VERSION("SHG-PRINT-409", ProblemCategory.CONFLICT, "A rejected version is not prepared for printing");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    PrintoutProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

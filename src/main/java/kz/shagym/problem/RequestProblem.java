package kz.shagym.problem;

/** The codes of a request that is not acceptable as sent, whichever feature reads it. */
public enum RequestProblem implements ProblemType {
    INVALID("SHG-REQ-400", ProblemCategory.BAD_REQUEST, "Invalid request");

    private final String code;
    private final ProblemCategory category;
    private final String title;

    RequestProblem(String code, ProblemCategory category, String title) {
        this.code = code;
        this.category = category;
        this.title = title;
    }

    @Override public String code() { return code; }
    @Override public ProblemCategory category() { return category; }
    @Override public String title() { return title; }
}

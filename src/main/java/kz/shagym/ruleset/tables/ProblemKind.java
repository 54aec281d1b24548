package kz.shagym.ruleset.tables;

import kz.shagym.problem.Messages;
import kz.shagym.ruleset.TableProblem;

/**
 * Every kind of table problem, with its stable code; its texts are {@code problem.table.<KIND>} in the
 * {@code messages*.properties} bundles ({@code {0}} arguments, the same in each language). Codes are
 * published: never reuse or renumber one.
 */
public enum ProblemKind {
    // One code for a file that cannot be read, with a fixed text per reason: never a library's own words.
    FILE_UNREADABLE("SHG-TBL-001"),
    FILE_OLD_FORMAT("SHG-TBL-001"),
    FILE_TOO_LARGE("SHG-TBL-001"),
    FILE_PROTECTED("SHG-TBL-001"),
    PLAIN_XLSX_NAME("SHG-TBL-002"),
    UNKNOWN_FILE("SHG-TBL-003"),
    MISSING_FILE("SHG-TBL-004"),
    MISSING_SHEET("SHG-TBL-005"),
    HEADER_MISSING("SHG-TBL-010"),
    HEADER_UNKNOWN("SHG-TBL-011"),
    HEADER_DUPLICATE("SHG-TBL-012"),
    FORMULA("SHG-TBL-020"),
    RICH_TEXT("SHG-TBL-021"),
    CELL_ERROR("SHG-TBL-022"),
    REQUIRED("SHG-TBL-023"),
    ENUM_UNKNOWN("SHG-TBL-024"),
    QUOTES("SHG-TBL-025"),
    ID_INVALID("SHG-TBL-026"),
    ID_DUPLICATE("SHG-TBL-027"),
    BOOLEAN_INVALID("SHG-TBL-028"),
    INTEGER_INVALID("SHG-TBL-029"),
    INTEGER_RANGE("SHG-TBL-030"),
    DATE_INVALID("SHG-TBL-031"),
    SERVICE_CODE_INVALID("SHG-TBL-032"),
    TEXT_TOO_LONG("SHG-TBL-033"),
    NOT_TEXT("SHG-TBL-034"),
    TOO_MANY_ROWS("SHG-TBL-035"),
    OUTCOME_NOT_IN_TABLE("SHG-TBL-040"),
    REVIEWING_BODY_REQUIRED("SHG-TBL-041"),
    FORWARDING_MISMATCH("SHG-TBL-042"),
    FORWARDING_DAYS_REQUIRED("SHG-TBL-043"),
    ADDRESSEES_REQUIRED("SHG-TBL-044"),
    ROUTING_GAP("SHG-TBL-045"),
    ROW_UNREACHABLE("SHG-TBL-046"),
    COUNTED_FROM_REQUIRED("SHG-TBL-047"),
    TIME_LIMIT_DUPLICATE("SHG-TBL-048"),
    TIME_LIMIT_GAP("SHG-TBL-049"),
    SERVICE_DUPLICATE("SHG-TBL-050"),
    DATE_DUPLICATE("SHG-TBL-051"),
    DATE_OUTSIDE_YEARS("SHG-TBL-052"),
    WORKING_DAY_ON_WORKDAY("SHG-TBL-053"),
    PARAMETER_MISSING("SHG-TBL-054"),
    PARAMETER_DUPLICATE("SHG-TBL-055"),
    PARAMETER_INVALID("SHG-TBL-056"),
    PERIOD_REVERSED("SHG-TBL-057"),
    PERIOD_GAP("SHG-TBL-058"),
    RULE_COMPILE("SHG-TBL-060"),
    DRL_COMPILE("SHG-DRL-001"),
    TEMPLATE_MISSING("SHG-DRL-002");

    private final String code;

    ProblemKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    public TableProblem at(String file, String sheet, String cell, Object... args) {
        return new TableProblem(code, file, sheet, cell, null, text("ru", args), text("kk", args), text("en", args));
    }

    public TableProblem atLine(String file, Integer line, Object... args) {
        return new TableProblem(code, file, null, null, line, text("ru", args), text("kk", args), text("en", args));
    }

    /** A value quoted from a cell can be 32,767 characters long; a message quotes its start only. */
    private static final int MAX_QUOTED = 300;

    private String text(String lang, Object... args) {
        Object[] shortened = args.clone();
        for (int i = 0; i < shortened.length; i++) {
            if (shortened[i] instanceof CharSequence text && text.length() > MAX_QUOTED) {
                shortened[i] = text.subSequence(0, MAX_QUOTED) + "…";
            }
        }
        return Messages.text(lang, "problem.table." + name(), shortened);
    }
}

package kz.shagym.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The shipped rule set with one table swapped for a broken fixture from
 * {@code src/test/resources/tables/}, and what every rejection must look like to a lawyer.
 */
public final class BrokenTables {

    /** The cell value every injection fixture holds. */
    static final String INJECTION = "\"); System.exit(0); //";

    // Published problem codes: a test that pins the literal catches a renumbered code.
    static final String FILE_UNREADABLE = "SHG-TBL-001";
    static final String PLAIN_XLSX_NAME = "SHG-TBL-002";
    static final String UNKNOWN_FILE = "SHG-TBL-003";
    static final String MISSING_FILE = "SHG-TBL-004";
    static final String HEADER_MISSING = "SHG-TBL-010";
    static final String HEADER_UNKNOWN = "SHG-TBL-011";
    static final String FORMULA = "SHG-TBL-020";
    static final String RICH_TEXT = "SHG-TBL-021";
    static final String REQUIRED = "SHG-TBL-023";
    static final String ENUM_UNKNOWN = "SHG-TBL-024";
    static final String QUOTES = "SHG-TBL-025";
    static final String ID_INVALID = "SHG-TBL-026";
    static final String ID_DUPLICATE = "SHG-TBL-027";
    static final String BOOLEAN_INVALID = "SHG-TBL-028";
    static final String INTEGER_INVALID = "SHG-TBL-029";
    static final String INTEGER_RANGE = "SHG-TBL-030";
    static final String DATE_INVALID = "SHG-TBL-031";
    static final String SERVICE_CODE_INVALID = "SHG-TBL-032";
    static final String FORWARDING_MISMATCH = "SHG-TBL-042";
    static final String ADDRESSEES_REQUIRED = "SHG-TBL-044";
    static final String ROUTING_GAP = "SHG-TBL-045";
    static final String ROW_UNREACHABLE = "SHG-TBL-046";
    static final String COUNTED_FROM_REQUIRED = "SHG-TBL-047";
    static final String TIME_LIMIT_DUPLICATE = "SHG-TBL-048";
    static final String SERVICE_DUPLICATE = "SHG-TBL-050";
    static final String DATE_DUPLICATE = "SHG-TBL-051";
    static final String WORKING_DAY_ON_WORKDAY = "SHG-TBL-053";
    static final String PARAMETER_MISSING = "SHG-TBL-054";
    static final String PARAMETER_INVALID = "SHG-TBL-056";
    static final String PERIOD_REVERSED = "SHG-TBL-057";
    static final String PERIOD_GAP = "SHG-TBL-058";
    static final String RULE_COMPILE = "SHG-TBL-060";
    static final String DRL_COMPILE = "SHG-DRL-001";

    /** A qualified Java name such as kz.shagym.rules.Route or java.lang.String. */
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*\\.[A-Z]\\w*");
    /** A parser position such as "Line 19:4", meaningless outside a DRL file. */
    private static final Pattern DRL_POSITION = Pattern.compile("(?i)\\bline \\d+");

    private static RuleSetSource shipped;

    private BrokenTables() {
    }

    /** The repository's rules/ and decision-tables/, read once. */
    public static synchronized RuleSetSource shipped() {
        if (shipped == null) {
            shipped = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
        }
        return shipped;
    }

    static byte[] fixture(String name) {
        try (InputStream in = BrokenTables.class.getResourceAsStream("/tables/" + name)) {
            assertThat(in).as("fixture tables/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the shipped set with {@code decision-tables/<table>} replaced by the fixture. */
    static BuildResult buildWith(String table, String fixture) {
        return build(shipped().with(RuleSetSource.TABLES_DIR + table, fixture(fixture)));
    }

    /** Builds the shipped set with one file removed and, if {@code addPath} is given, one added. */
    static BuildResult buildWithout(String removePath, String addPath, byte[] addContent) {
        Map<String, byte[]> files = new TreeMap<>(shipped().files());
        assertThat(files.remove(removePath)).as("shipped %s", removePath).isNotNull();
        if (addPath != null) {
            files.put(addPath, addContent);
        }
        return build(new RuleSetSource(files));
    }

    public static BuildResult build(RuleSetSource source) {
        return new RuleSetBuilder().build(source);
    }

    /** The problems of a rejected build, each checked to be fit for a lawyer to read. */
    static List<TableProblem> problems(BuildResult result) {
        assertThat(result).isInstanceOf(BuildResult.Rejected.class);
        List<TableProblem> problems = ((BuildResult.Rejected) result).problems();
        assertThat(problems).isNotEmpty();
        problems.forEach(BrokenTables::assertReadable);
        return problems;
    }

    /** The one problem of a rejected build: nothing else may be reported alongside it. */
    static TableProblem onlyProblem(BuildResult result) {
        List<TableProblem> problems = problems(result);
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }

    static void assertAt(TableProblem problem, String code, String file, String sheet, String cell) {
        assertThat(problem).as(problem.describeRu())
                .extracting(TableProblem::code, TableProblem::file, TableProblem::sheet, TableProblem::cell)
                .containsExactly(code, file, sheet, cell);
    }

    /** Three languages, no stack trace, no Java names, no position in generated DRL. */
    static void assertReadable(TableProblem problem) {
        for (String message : List.of(nonNull(problem.messageRu()), nonNull(problem.messageKk()), nonNull(problem.messageEn()))) {
            assertThat(message).as(problem.describeRu()).isNotBlank()
                    .doesNotContain("Exception", "generated-from", "\tat ")
                    .doesNotContainPattern(JAVA_CLASS);
            if (problem.line() == null) {
                assertThat(message).as(problem.describeRu()).doesNotContainPattern(DRL_POSITION);
            }
        }
        assertThat(problem.messageRu()).isNotEqualTo(problem.messageEn());
        assertThat(problem.messageKk()).isNotEqualTo(problem.messageRu());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

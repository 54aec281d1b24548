package kz.shagym.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.calendar.WorkingCalendar;
import kz.shagym.ruleset.compile.RuleCompiler;
import kz.shagym.ruleset.compile.TableMatcher;
import kz.shagym.ruleset.tables.ParsedRow;
import kz.shagym.ruleset.tables.TableSet;
import kz.shagym.ruleset.tables.TableSetReader;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.TableRows;
import org.kie.api.KieBase;

/**
 * A rule set that passed every check and compiled: immutable, safe to share between threads, and
 * kept whole for as long as anyone evaluates with it.
 */
public final class CompiledRuleSet {

    private final RuleSetSource source;
    private final KieBase kieBase;
    private final WorkingCalendar calendar;
    private final TableRows tableRows;
    private final Map<String, RowOrigin> origins;
    private final Map<String, String> drlFileOfRule;
    private final List<ParsedRow> scenarioRows;
    private final TableMatcher matcher;

    CompiledRuleSet(RuleSetSource source, KieBase kieBase, WorkingCalendar calendar, TableRows tableRows,
            Map<String, RowOrigin> origins, Map<String, String> drlFileOfRule, List<ParsedRow> scenarioRows,
            TableMatcher matcher) {
        this.source = source;
        this.kieBase = kieBase;
        this.calendar = calendar;
        this.tableRows = tableRows;
        this.origins = Map.copyOf(origins);
        this.drlFileOfRule = Map.copyOf(drlFileOfRule);
        this.scenarioRows = List.copyOf(scenarioRows);
        this.matcher = matcher;
    }

    /** The content hash of every rule, table and calendar file. */
    public String versionId() {
        return source.versionId();
    }

    public RuleSetSource source() {
        return source;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The global that generated rules use to insert their row as a typed fact. */
    public TableRows tableRows() {
        return tableRows;
    }

    /** The table row a generated rule came from; empty for rules written in DRL. */
    public Optional<RowOrigin> origin(String ruleName) {
        return Optional.ofNullable(origins.get(ruleName));
    }

    /** The file in {@code rules/} a hand-written rule comes from, e.g. {@code rules/decision.drl}. */
    public Optional<String> drlFile(String ruleName) {
        return Optional.ofNullable(drlFileOfRule.get(ruleName));
    }

    /** The checked rows of the scenario table; {@code kz.shagym.scenario.Scenarios} reads them as cases. */
    public List<ParsedRow> scenarioRows() {
        return scenarioRows;
    }

    /**
     * Every sheet's rows as Excel shows them, for the sign-off document. Read again from the version's files on each
     * call (a second at 10,000 rows): kept, they were 5 MB of a 20,000-row version, read only when one is printed.
     */
    public List<SheetData> sheets() {
        List<TableProblem> problems = new ArrayList<>();
        return List.copyOf(tablesAgain(problems).sheets());
    }

    /**
     * The DRL generated from each rule table, by table file name: for engineers and auditors. Generated again from
     * the version's files on each call (a second at 10,000 rows): kept, it was 8 MB of a 20,000-row version that
     * nothing on the service's paths reads.
     */
    public Map<String, String> generatedDrl() {
        List<TableProblem> problems = new ArrayList<>();
        Map<String, String> drl = new RuleCompiler().generatedDrl(source, tablesAgain(problems), problems);
        return checked(Map.copyOf(drl), problems);
    }

    /** The version's tables read again from its files; they compiled, so they read without a problem. */
    private TableSet tablesAgain(List<TableProblem> problems) {
        return checked(new TableSetReader().read(source, problems), problems);
    }

    private <T> T checked(T value, List<TableProblem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("version " + versionId() + " no longer reads as it compiled: " + problems);
        }
        return value;
    }

    /** Every rule generated from a table row, in table order: routing, time limits, court exceptions. */
    public List<TableRule> tableRules() {
        return matcher.rules();
    }

    /** The date that picks the table rows in force for these facts (the receipt, or the registration). */
    public LocalDate lawInForceOn(ComplaintFacts facts) {
        return matcher.lawInForceOn(facts);
    }

    /**
     * Every rule-table row compared with these facts, in table order: which matched, which fired, and
     * the first condition that failed. Computed from the checked rows, not by Drools, so it costs no
     * session and gives the same answer for the same facts and version every time.
     */
    public List<RowTrace> trace(ComplaintFacts facts) {
        return matcher.trace(facts);
    }
}

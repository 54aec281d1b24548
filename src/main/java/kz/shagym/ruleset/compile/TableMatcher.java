package kz.shagym.ruleset.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import kz.shagym.inforce.LawInForceBy;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.TableRule;
import kz.shagym.ruleset.tables.CourtExceptionTable;
import kz.shagym.ruleset.tables.RoutingTable;
import kz.shagym.ruleset.tables.TableSet;
import kz.shagym.ruleset.tables.TimeLimitTable;
import kz.shagym.rules.ComplaintFacts;

/**
 * Compares the facts of a complaint with every rule-table row the way the templates in {@code rules/}
 * do, without Drools, to say for each row whether it matched, fired, or which condition failed.
 *
 * <p>The semantics copied from the templates: a blank condition cell drops its line, so it matches any
 * value (a null fact included); a filled cell must equal the fact (a null fact never equals it); of the
 * matching rows of one table only the one with the highest salience fires ({@link RuleCompiler}
 * gives the numbers). {@code receivedOn != null} is left out: {@link ComplaintFacts} never lacks it. The
 * period columns come last: a row not in force on the complaint's law date fails on validFrom or validTo.
 * A test runs every combination of facts through both this and Drools and compares the fired rows.
 */
public final class TableMatcher {

    /** One condition column of a row: its key, the cell's value (null = blank) and the fact it is compared with. */
    private record Condition(String column, Object expected, Function<ComplaintFacts, Object> fact) {
    }

    private record Candidate(TableRule rule, int salience, List<Condition> conditions) {
    }

    private final List<List<Candidate>> tables;
    private final LawInForceBy lawInForceBy;

    private TableMatcher(List<List<Candidate>> tables, LawInForceBy lawInForceBy) {
        this.tables = tables;
        this.lawInForceBy = lawInForceBy;
    }

    /**
     * @param origins the row each generated rule came from, by rule name (from {@link RuleCompiler})
     */
    public static TableMatcher of(TableSet set, Map<String, RowOrigin> origins) {
        Map<RowOrigin, String> names = new HashMap<>();
        origins.forEach((name, origin) -> names.put(origin, name));
        List<List<Candidate>> tables = new ArrayList<>();
        tables.add(candidates(set.routing(), RoutingTable.Row::origin, names, RuleCompiler::routingSalience, r -> List.of(
                new Condition("respondent", r.respondent(), ComplaintFacts::respondent),
                new Condition("subject", r.subject(), ComplaintFacts::subject),
                new Condition("receivedBy", r.receivedBy(), ComplaintFacts::receivedBy),
                new Condition("serviceCode", r.serviceCode(), ComplaintFacts::serviceCode))));
        tables.add(candidates(set.timeLimits(), TimeLimitTable.Row::origin, names, RuleCompiler::timeLimitSalience, r -> List.of(
                new Condition("receivedBy", r.receivedBy(), ComplaintFacts::receivedBy),
                new Condition("serviceCode", r.serviceCode(), ComplaintFacts::serviceCode))));
        tables.add(candidates(set.courtExceptions(), CourtExceptionTable.Row::origin, names,
                RuleCompiler::courtExceptionSalience, r -> List.of(
                        new Condition("serviceCode", r.access().serviceCode(), ComplaintFacts::serviceCode))));
        return new TableMatcher(List.copyOf(tables), set.lawInForceBy());
    }

    private static <R> List<Candidate> candidates(List<R> rows, Function<R, RowOrigin> origin, Map<RowOrigin, String> names,
            ToIntFunction<R> salience, Function<R, List<Condition>> conditions) {
        List<Candidate> list = new ArrayList<>();
        for (R row : rows) {
            RowOrigin o = origin.apply(row);
            list.add(new Candidate(new TableRule(Objects.requireNonNull(names.get(o), "no rule for row " + o.row()), o),
                    salience.applyAsInt(row), conditions.apply(row)));
        }
        return List.copyOf(list);
    }

    /** Every rule-table row in table order: routing, time limits, court exceptions, each top to bottom. */
    public List<TableRule> rules() {
        return tables.stream().flatMap(List::stream).map(Candidate::rule).toList();
    }

    /** The date whose rows in force decide: the complaint's receipt, or its registration if the tables say so. */
    public LocalDate lawInForceOn(ComplaintFacts facts) {
        return lawInForceBy.dateOf(facts);
    }

    public List<RowTrace> trace(ComplaintFacts facts) {
        List<RowTrace> traces = new ArrayList<>();
        LocalDate day = lawInForceOn(facts);
        for (List<Candidate> table : tables) {
            List<RowTrace.FailedCondition> failures = table.stream().map(c -> firstFailure(c, facts, day)).toList();
            TableRule winner = null;
            int best = Integer.MIN_VALUE;
            for (int i = 0; i < table.size(); i++) {
                if (failures.get(i) == null && table.get(i).salience() > best) {
                    best = table.get(i).salience();
                    winner = table.get(i).rule();
                }
            }
            for (int i = 0; i < table.size(); i++) {
                TableRule rule = table.get(i).rule();
                boolean matched = failures.get(i) == null;
                boolean fired = matched && rule.equals(winner);
                traces.add(new RowTrace(rule, matched, fired, matched && !fired ? winner : null, failures.get(i)));
            }
        }
        return List.copyOf(traces);
    }

    private static RowTrace.FailedCondition firstFailure(Candidate candidate, ComplaintFacts facts, LocalDate day) {
        for (Condition c : candidate.conditions()) {
            if (c.expected() == null) {
                continue;
            }
            Object actual = c.fact().apply(facts);
            if (!c.expected().equals(actual)) {
                return new RowTrace.FailedCondition(c.column(), text(c.expected()), actual == null ? null : text(actual));
            }
        }
        Period period = candidate.rule().origin().inForce();
        if (period.validFrom() != null && day.isBefore(period.validFrom())) {
            return new RowTrace.FailedCondition("validFrom", period.validFrom().toString(), day.toString());
        }
        if (period.validTo() != null && day.isAfter(period.validTo())) {
            return new RowTrace.FailedCondition("validTo", period.validTo().toString(), day.toString());
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

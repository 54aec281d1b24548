package kz.shagym.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableRule;

/**
 * One rule-table row as it compared with the facts ({@code ?trace=true}): it matched and fired, it
 * matched but another row fired ({@code shadowedBy}), or it did not match ({@code failedCondition}).
 */
@Schema(name = "TraceEntry", description = "One table row considered for this complaint, in table order")
public record TraceEntry(
        @Schema(description = "The rule made from the row, as in explanations", example = "Routing row 8 (R05)")
        String rule,
        @Schema(description = "The row's id in the table", example = "R05")
        String id,
        RuleSource source,
        @Schema(description = "The rule's name in Russian, Kazakh and English, as in explanations")
        LocalizedText label,
        @Schema(description = "Every condition cell of the row holds for these facts (a blank cell holds for any value)")
        boolean matched,
        @Schema(description = "This row decided: only one row of a table fires")
        boolean fired,
        @Schema(description = "When the row matched but did not fire: the rule of the row that fired instead"
                + " (a row above it, or a time-limits row with a service code)", nullable = true)
        String shadowedBy,
        @Schema(description = "When the row did not match: the first condition column, left to right, that failed",
                nullable = true)
        FailedCondition failedCondition,
        @Schema(description = "The row's period of force, validFrom and validTo (inclusive; null = open)")
        Period inForce) {

    public TraceEntry(String rule, String id, RuleSource source, LocalizedText label, boolean matched, boolean fired,
            String shadowedBy, FailedCondition failedCondition) {
        this(rule, id, source, label, matched, fired, shadowedBy, failedCondition, Period.ALWAYS);
    }

    /** A condition cell that does not hold: the column key, the cell's value, the complaint's value (null when absent). */
    @Schema(name = "FailedCondition")
    public record FailedCondition(
            @Schema(example = "subject", description = "A condition column, or validFrom / validTo for a row not in"
                    + " force on the answer's lawInForceOn (expected: the cell's date, actual: that date)") String column,
            @Schema(example = "ACTION") String expected,
            @Schema(example = "DECISION", nullable = true) String actual) {
    }

    static TraceEntry of(RowTrace row) {
        var failed = row.failedCondition();
        return new TraceEntry(RuleLabels.name(row.rule()), row.rule().origin().id(), source(row.rule()),
                RuleLabels.of(row.rule()), row.matched(), row.fired(),
                row.shadowedBy() == null ? null : RuleLabels.name(row.shadowedBy()),
                failed == null ? null : new FailedCondition(failed.column(), failed.expected(), failed.actual()),
                row.rule().origin().inForce());
    }

    private static RuleSource source(TableRule rule) {
        return RuleSource.tableRow(RuleSetSource.TABLES_DIR + rule.origin().file(), rule.origin().sheet(), rule.origin().row());
    }
}

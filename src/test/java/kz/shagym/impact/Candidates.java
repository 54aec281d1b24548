package kz.shagym.impact;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.rules.TableEdit;

/**
 * The shipped set and candidates that change one known row of it, as a lawyer would in Excel; and
 * complaints whose review period comes from a known row.
 */
final class Candidates {

    static final String TIME_LIMITS = "decision-tables/time-limits.drl.xlsx";

    private Candidates() {
    }

    static RuleSetSource shipped() {
        return RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
    }

    /** The shipped set with row {@code rowId}'s review period at {@code days}: T01 5 → 15 fails 13 scenarios, so it is stored rejected. */
    static RuleSetSource reviewDays(String rowId, int days) {
        RuleSetSource shipped = shipped();
        return shipped.with(TIME_LIMITS, withCell(shipped.files().get(TIME_LIMITS), "TimeLimits", rowId, "reviewWorkingDays", days));
    }

    /** The shipped set with row {@code rowId} renamed: the same answers, cited under another name. */
    static RuleSetSource renamed(String rowId, String newId) {
        RuleSetSource shipped = shipped();
        return shipped.with(TIME_LIMITS, withCell(shipped.files().get(TIME_LIMITS), "TimeLimits", rowId, "id", newId));
    }

    /**
     * Row {@code daysRowId}'s review period at {@code days}, and row {@code closedRowId} closed on {@code validTo}:
     * changed deadlines for some complaints, only the period their explanation cites for others.
     */
    static RuleSetSource reviewDaysAndClosed(String daysRowId, int days, String closedRowId, String validTo) {
        RuleSetSource shipped = shipped();
        byte[] table = withCell(shipped.files().get(TIME_LIMITS), "TimeLimits", daysRowId, "reviewWorkingDays", days);
        return shipped.with(TIME_LIMITS, withCell(table, "TimeLimits", closedRowId, "validTo", validTo));
    }

    static CompiledRuleSet compile(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }

    /** Against a service provider, sent to it on 19 March 2025: row T01 sets the period (5 days: 31 March). */
    static ComplaintFacts toServiceProvider(String complaintId) {
        return new ComplaintFacts(complaintId, null, Respondent.SERVICE_PROVIDER, Subject.DECISION, Body.SERVICE_PROVIDER,
                LocalDate.of(2025, 3, 19), null, null, false, null);
    }

    /** Against a State Corporation employee, sent to the informatization body: row T06 sets the period. */
    static ComplaintFacts toInformatizationBody(String complaintId) {
        return new ComplaintFacts(complaintId, null, Respondent.STATE_CORPORATION_EMPLOYEE, Subject.ACTION,
                Body.INFORMATIZATION_BODY, LocalDate.of(2025, 3, 19), null, null, false, null);
    }

    private static byte[] withCell(byte[] table, String sheetName, String rowId, String columnKey, Object value) {
        return TableEdit.of(table, sheetName).change(rowId, Map.of(columnKey, value)).bytes();
    }
}

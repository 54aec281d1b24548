package kz.shagym.scenario;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import kz.shagym.decision.LocalizedText;

/**
 * How the lawyers' scenarios fared against one rule set: expected against actual, per cell, and what
 * no scenario reaches.
 *
 * @param uncoveredRows the rule-table rows that fired in no scenario, in table order; null in reports
 *     stored before coverage was counted
 * @param uncoveredLegalBases the legal bases (as written in the tables and in {@code rules/}) that no
 *     rule that fired in a scenario cites; null in reports stored before coverage was counted
 */
public record ScenarioReport(String versionId, int total, int passed, List<Result> results,
        List<UncoveredRow> uncoveredRows, List<UncoveredLegalBasis> uncoveredLegalBases) {

    public ScenarioReport {
        results = List.copyOf(results);
        uncoveredRows = uncoveredRows == null ? null : List.copyOf(uncoveredRows);
        uncoveredLegalBases = uncoveredLegalBases == null ? null : List.copyOf(uncoveredLegalBases);
    }

    /** A report without coverage, as stored before it was counted. */
    public ScenarioReport(String versionId, int total, int passed, List<Result> results) {
        this(versionId, total, passed, results, null, null);
    }

    public boolean allPassed() {
        return passed == total;
    }

    public List<Result> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Coverage was counted and every row and legal basis is reached by some scenario. */
    public boolean everythingReached() {
        return uncoveredRows != null && uncoveredRows.isEmpty() && uncoveredLegalBases != null
                && uncoveredLegalBases.isEmpty();
    }

    /**
     * One scenario. {@code error} is set when the rules could not answer at all (no routing row).
     */
    @Schema(name = "ScenarioResult")
    public record Result(String id, String file, String sheet, int row, String description, boolean passed,
            List<Mismatch> mismatches, String error) {

        public Result {
            mismatches = List.copyOf(mismatches);
        }
    }

    /** An expectation that did not hold: the cell it stands in, what it says, and what the rules said. */
    @Schema(name = "ScenarioMismatch")
    public record Mismatch(String key, String header, String cell, String expected, String actual) {
    }

    /**
     * A table row that fired in no scenario: its rule as explanations name it, and where it is.
     *
     * @param label the row in Russian, Kazakh and English, as explanations label it; null in reports
     *     stored before labels were kept
     */
    public record UncoveredRow(String rule, String id, String file, String sheet, int row, LocalizedText label) {
    }

    /**
     * A legal basis no scenario reaches, with every rule that cites it (none of which fired).
     *
     * @param legalBasis the basis in Russian, as the tables write it (the key the rules are grouped by)
     * @param legalBasisText the basis in Russian, Kazakh and English; null in older reports
     * @param labels the rules' labels in three languages, in the order of {@code rules}; null in older reports
     */
    public record UncoveredLegalBasis(String legalBasis, List<String> rules, LocalizedText legalBasisText,
            List<LocalizedText> labels) {

        public UncoveredLegalBasis {
            rules = List.copyOf(rules);
            labels = labels == null ? null : List.copyOf(labels);
        }
    }
}

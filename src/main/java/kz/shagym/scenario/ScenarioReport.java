package kz.shagym.scenario;

import java.util.List;

/** How the lawyers' scenarios fared against one rule set: expected against actual, per cell. */
public record ScenarioReport(String versionId, int total, int passed, List<Result> results) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    public boolean allPassed() {
        return passed == total;
    }

    public List<Result> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * One scenario. {@code error} is set when the rules could not answer at all (no routing row).
     */
    public record Result(String id, String file, String sheet, int row, String description, boolean passed,
            List<Mismatch> mismatches, String error) {

        public Result {
            mismatches = List.copyOf(mismatches);
        }
    }

    /** An expectation that did not hold: the cell it stands in, what it says, and what the rules said. */
    public record Mismatch(String key, String header, String cell, String expected, String actual) {
    }
}

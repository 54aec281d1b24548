package kz.shagym.scenario;

import java.util.List;
import kz.shagym.rules.ComplaintFacts;

/**
 * One of the lawyers' scenarios: the facts of a case and what they expect the answer to say.
 * Only the expectations a lawyer filled in are checked.
 */
public record Scenario(String id, String file, String sheet, int row, String description, ComplaintFacts facts,
        List<Expectation> expectations) {

    public Scenario {
        expectations = List.copyOf(expectations);
    }

    /**
     * @param key the column key, e.g. {@code expectReviewDeadline}
     * @param cell where the expected value stands (A1)
     * @param expected an enum constant, a {@code LocalDate}, an {@code Integer} or a {@code Boolean}
     */
    public record Expectation(String key, String header, String cell, Object expected) {
    }
}

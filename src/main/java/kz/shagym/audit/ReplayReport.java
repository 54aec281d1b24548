package kz.shagym.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import kz.shagym.decision.Decision;
import tools.jackson.databind.JsonNode;

/**
 * A stored decision decided again: under the version that decided it (the answer must be the same)
 * and under the version active now.
 */
public record ReplayReport(String decisionId, String recordedVersion, String activeVersion, Comparison recorded,
        Comparison active) {

    /** Under the recorded version first, then under the active one. */
    public List<Comparison> both() {
        return List.of(recorded, active);
    }

    /** A replayed answer against the stored one; {@code decisionId} is not compared. */
    @Schema(name = "ReplayComparison")
    public record Comparison(Decision answer, boolean equal, List<Difference> differences) {

        public Comparison {
            differences = List.copyOf(differences);
        }
    }

    /** One field that differs; a side without the field shows null. */
    @Schema(name = "ReplayDifference")
    public record Difference(@Schema(example = "review.deadline") String path,
            @Schema(implementation = Object.class, description = "The stored value: any JSON; null when absent")
            JsonNode recorded,
            @Schema(implementation = Object.class, description = "The value replayed: any JSON; null when absent")
            JsonNode replayed) {
    }
}

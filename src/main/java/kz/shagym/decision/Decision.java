package kz.shagym.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.rules.Body;
import kz.shagym.rules.Outcome;

/**
 * What the law requires for one complaint, as answered by {@code POST /api/v1/decisions}. Field names
 * are the public contract ({@code shared/docs/api.md}): add, never rename or remove.
 */
public record Decision(
        String decisionId,
        String complaintId,
        String rulesetVersion,
        Outcome outcome,
        Body reviewingBody,
        List<Body> competentAddressees,
        Forwarding forwarding,
        Review review,
        Court court,
        List<Explanation> explanations,
        List<Warning> warnings,
        @Schema(description = "The date that picked the table rows in force: the receipt date, or the registration"
                + " date when the rule set's parameter LAW_IN_FORCE_BY says so", example = "2025-03-19")
        LocalDate lawInForceOn) {

    public Decision {
        competentAddressees = List.copyOf(competentAddressees);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    /** An answer without the law date, as answers were before rows had periods of force. */
    public Decision(String decisionId, String complaintId, String rulesetVersion, Outcome outcome, Body reviewingBody,
            List<Body> competentAddressees, Forwarding forwarding, Review review, Court court,
            List<Explanation> explanations, List<Warning> warnings) {
        this(decisionId, complaintId, rulesetVersion, outcome, reviewingBody, competentAddressees, forwarding, review,
                court, explanations, warnings, null);
    }

    /** The same decision under another id: replays and audit records reuse the answer. */
    public Decision withDecisionId(String id) {
        return new Decision(id, complaintId, rulesetVersion, outcome, reviewingBody, competentAddressees,
                forwarding, review, court, explanations, warnings, lawInForceOn);
    }
}

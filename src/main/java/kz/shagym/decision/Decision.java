package kz.shagym.decision;

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
        List<Warning> warnings) {

    public Decision {
        competentAddressees = List.copyOf(competentAddressees);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    /** The same decision under another id: replays and audit records reuse the answer. */
    public Decision withDecisionId(String id) {
        return new Decision(id, complaintId, rulesetVersion, outcome, reviewingBody, competentAddressees,
                forwarding, review, court, explanations, warnings);
    }
}

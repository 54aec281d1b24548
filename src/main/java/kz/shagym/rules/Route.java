package kz.shagym.rules;

import java.util.List;

/**
 * A routing row that matched the complaint: inserted by the rule generated from that row. The
 * values are the row's, already checked against their columns.
 */
public record Route(
        String id,
        int row,
        Outcome outcome,
        Body reviewingBody,
        boolean forwardingRequired,
        Integer forwardingWorkingDays,
        List<Body> competentAddressees,
        RuleStatus status) {

    public Route {
        competentAddressees = List.copyOf(competentAddressees);
    }
}

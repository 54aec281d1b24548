package kz.shagym.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;

/**
 * One version's answer to a recorded request, as the report compares it: a decision, or the code of the
 * problem that stopped it (a candidate that no longer covers a complaint answers {@code SHG-DEC-422}).
 */
record Answer(Decision decision, String problem) {

    /** The values of {@link ImpactReport#FIELDS}, in that order. */
    List<Object> fields() {
        List<Object> values = new ArrayList<>(ImpactReport.FIELDS.size());
        if (decision == null) {
            values.add(problem);
            while (values.size() < ImpactReport.FIELDS.size()) {
                values.add(null);
            }
            return values;
        }
        values.add(decision.outcome());
        values.add(decision.reviewingBody());
        values.add(decision.forwarding() == null ? null : decision.forwarding().deadline());
        values.add(decision.review() == null ? null : decision.review().workingDays());
        values.add(decision.review() == null ? null : decision.review().deadline());
        values.add(decision.court() == null ? null : decision.court().allowed());
        values.add(warnings());
        return values;
    }

    /**
     * What each warning says and names; a row by its id, so that rows moved up or down without change do not
     * count as changed warnings.
     */
    private List<String> warnings() {
        return decision.warnings().stream()
                .map(w -> w.code() + "/" + (w.rowId() != null ? w.rowId() : w.rule()) + "/" + w.date()).toList();
    }

    /** The rows and rules the explanations cite. */
    Set<String> cited() {
        Set<String> rules = new LinkedHashSet<>();
        if (decision != null) {
            decision.explanations().forEach(e -> rules.add(e.rule()));
        }
        return rules;
    }

    Explanation explanation(String rule) {
        return decision.explanations().stream().filter(e -> e.rule().equals(rule)).findFirst().orElseThrow();
    }

    /** The same answer, whoever decided it and when: the id and version are not compared. */
    boolean sameAs(Answer other) {
        if (decision == null || other.decision == null) {
            return decision == other.decision && problem.equals(other.problem);
        }
        return comparable(decision).equals(comparable(other.decision));
    }

    private static Decision comparable(Decision d) {
        return new Decision(null, d.complaintId(), null, d.outcome(), d.reviewingBody(), d.competentAddressees(),
                d.forwarding(), d.review(), d.court(), d.explanations(), d.warnings());
    }
}

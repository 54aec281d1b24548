package kz.shagym.decision;

import kz.shagym.rules.ComplaintFacts;

/**
 * Receives every decision before its answer is released (the audit log implements it). If
 * {@link #record} throws, the caller gets no decision.
 */
public interface DecisionRecorder {

    void record(ComplaintFacts facts, Decision decision, EvaluationContext context);

    /** Who asked, and under which version, for the audit record. */
    record EvaluationContext(String client, boolean whatIf) {
    }
}

package kz.shagym.decision;

import kz.shagym.rules.ComplaintFacts;

/**
 * Receives every decision before its answer is released (the audit log implements it). If
 * {@link #record} throws, the caller gets no decision.
 */
public interface DecisionRecorder {

    void record(ComplaintFacts facts, Decision decision, EvaluationContext context);

    /**
     * Called before any rule runs: throws (a problem exception) when a decision for these facts and
     * this caller could not be recorded, so that nothing is decided that cannot be released.
     */
    default void admit(ComplaintFacts facts, EvaluationContext context) {
    }

    /** Who asked, and under which version, for the audit record. */
    record EvaluationContext(String client, boolean whatIf) {
    }
}

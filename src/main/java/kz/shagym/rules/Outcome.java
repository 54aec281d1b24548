package kz.shagym.rules;

/** What the law says must happen to the complaint. */
public enum Outcome {
    FORWARD_TO_REVIEWING_BODY,
    RESOLVED_BY_FAVORABLE_ACT,
    REVIEW_BY_RECEIVING_BODY,
    REDIRECT_TO_COMPETENT_BODY
}

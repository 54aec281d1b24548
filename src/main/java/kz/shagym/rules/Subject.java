package kz.shagym.rules;

/** What is appealed: a decision, an action or an inaction. */
public enum Subject {
    DECISION,
    ACTION,
    INACTION
}

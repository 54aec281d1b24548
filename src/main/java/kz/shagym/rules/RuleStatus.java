package kz.shagym.rules;

/** How firmly a table row rests on the law. Shown to users so an assumption is never mistaken for law. */
public enum RuleStatus {
    /** Stated by the legal text. */
    LAW,
    /** The text is silent; a lawyer chose this reading. */
    ASSUMPTION,
    /** Believed to be law but not checked against the official text. */
    UNVERIFIED
}

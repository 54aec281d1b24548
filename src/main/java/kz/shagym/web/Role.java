package kz.shagym.web;

/** What a user may do; granted to users in {@code shagym.security.users} or by a token's roles claim. */
public enum Role {
    /** A state body's backend system asking for decisions. */
    CLIENT,
    /** Uploads rule sets and may ask for decisions (what-if). */
    ANALYST,
    /** Activates rule sets. */
    APPROVER,
    /** Reads the decision log, replays decisions. */
    AUDITOR,
    /** Runs the service: health with details, metrics and the Prometheus scrape under /actuator. */
    OPERATOR;

    /** The authority Spring Security checks, e.g. {@code ROLE_AUDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}

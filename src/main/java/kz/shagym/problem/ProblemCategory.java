package kz.shagym.problem;

/**
 * What kind of failure a problem is, in the terms of the domain rather than of a protocol: each edge
 * answers it in its own way (the web layer maps it to an HTTP status, the workbench chooses between
 * showing it on the page and an error page, the command line to an exit code).
 */
public enum ProblemCategory {
    /** The request as sent cannot be read or has a malformed value. */
    BAD_REQUEST,
    /** The caller may not do this, whoever they are (four-eyes). */
    FORBIDDEN,
    /** What was asked for does not exist. */
    NOT_FOUND,
    /** The thing exists but its state does not allow this. */
    CONFLICT,
    /** The content is larger than the service takes. */
    TOO_LARGE,
    /** Well-formed, but the content cannot be accepted (tables with errors, facts that cannot be true). */
    UNPROCESSABLE,
    /** The service cannot do it now; the same request may succeed later. */
    UNAVAILABLE,
    /** Our own rules or code are wrong (e.g. two answers where there is room for one); not the caller's to fix. */
    INTERNAL;

    /** Whether the caller can change something on their side to succeed; otherwise the fault is ours. */
    public boolean callersToFix() {
        return this != UNAVAILABLE && this != INTERNAL;
    }
}

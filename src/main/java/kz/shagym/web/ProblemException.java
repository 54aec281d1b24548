package kz.shagym.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An exception that reaches HTTP as an RFC 9457 problem detail with a stable code. Every feature's
 * exceptions implement it; the web layer turns them into {@code application/problem+json}.
 */
public interface ProblemException {

    HttpStatus status();

    /** Stable machine code, e.g. {@code SHG-DEC-404}; never changes once published. */
    String code();

    String title();

    String detail();

    /**
     * True when the feature has logged this failure itself (rate-limited, without payloads), so that
     * the web layer does not log it once per request with its causes.
     */
    default boolean loggedByFeature() {
        return false;
    }

    /** Extra members of the problem document (e.g. {@code errors}). */
    default Map<String, Object> properties() {
        return Map.of();
    }
}

package kz.shagym.release;

import java.time.Instant;

/**
 * One activation: who made {@code toVersion} the active rule set, when and why. {@code fromVersion}
 * is the version it replaced (null for the first activation).
 */
public record Activation(long id, String activatedBy, Instant activatedAt, String fromVersion, String toVersion,
        String reason) {
}

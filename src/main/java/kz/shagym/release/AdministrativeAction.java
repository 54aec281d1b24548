package kz.shagym.release;

import java.time.Instant;

/** One entry of the administrative trail (upload, activation, rollback, ...). {@code details} is JSON text. */
public record AdministrativeAction(long id, String actedBy, Instant actedAt, String action, String target,
        String details) {
}

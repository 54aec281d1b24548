package kz.shagym.decision;

import java.time.LocalDate;

/**
 * Whether the receiver must send the complaint (and the administrative case) on, and by when.
 *
 * @param overdue only with {@code asOf}: the deadline has passed on that day; otherwise null
 */
public record Forwarding(boolean required, Integer workingDays, LocalDate deadline, Boolean overdue) {
}

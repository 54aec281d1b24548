package kz.shagym.decision;

import java.time.LocalDate;

/**
 * The review period and its deadline.
 *
 * @param maxExtensionWorkingDays how far the reviewing body may extend the period, when a table row allows it
 * @param extendedDeadline the deadline if the full extension is used
 * @param overdue only with {@code asOf}: the deadline has passed on that day; otherwise null
 * @param deemedRefusedOn the day from which a missed review counts as a refusal (APPC Art. 91 p.2)
 */
public record Review(
        int workingDays,
        LocalDate countedFrom,
        LocalDate deadline,
        Integer maxExtensionWorkingDays,
        LocalDate extendedDeadline,
        Boolean overdue,
        LocalDate deemedRefusedOn) {
}

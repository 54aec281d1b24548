package kz.shagym.rules;

import java.time.LocalDate;
import kz.shagym.calendar.WorkingDayCount;

/**
 * The complaint must be reviewed by {@code count.deadline()}.
 *
 * @param extended the count with the longest extension the row allows, or null
 */
public record ReviewDue(TimeLimit limit, LocalDate countedFrom, WorkingDayCount count, WorkingDayCount extended) {
}

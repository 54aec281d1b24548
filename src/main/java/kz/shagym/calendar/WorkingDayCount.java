package kz.shagym.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of counting {@code days} working days from {@code from}.
 *
 * @param counted the working days counted, in order; the last is the deadline
 * @param skipped the days off passed over before the deadline, from the first day the convention
 *     could count: the day after {@code from}, or {@code from} itself when the event day is included
 * @param beyondCalendar true when the count ran past the years the calendar covers, so that days off
 *     there are unknown and only the weekly pattern was applied
 */
public record WorkingDayCount(
        LocalDate from,
        int days,
        CountingConvention convention,
        LocalDate deadline,
        List<LocalDate> counted,
        List<SkippedDay> skipped,
        boolean beyondCalendar) {

    public WorkingDayCount {
        counted = List.copyOf(counted);
        skipped = List.copyOf(skipped);
    }
}

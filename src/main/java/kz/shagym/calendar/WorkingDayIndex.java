package kz.shagym.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The days of the years a calendar covers, numbered once when the calendar is built, so that the last
 * day of a count is found by two array lookups instead of a walk that looked every day up in the
 * calendar's rows (a tenth of a decision). Counts that start or end outside the covered years are
 * walked as before by {@link WorkingCalendar}. About 50 bytes a day: 70 KB for four years, under 2 MB
 * for the century the calendar table allows.
 */
final class WorkingDayIndex {

    /** Years 2000–2100 is what the calendar table allows; a wider span is not indexed, only walked. */
    private static final int MAX_YEARS = 101;

    private final long firstEpochDay;
    /** {@code workingBefore[i]}: how many indexed days before day {@code i} are working days. */
    private final int[] workingBefore;
    /** {@code workingDays[k]}: the index of the k-th working day (from 0). */
    private final int[] workingDays;
    /** Each indexed day, and each day off as a count reports it: made once, shared by every count. */
    private final LocalDate[] days;
    private final SkippedDay[] daysOff;

    private WorkingDayIndex(long firstEpochDay, int[] workingBefore, int[] workingDays, LocalDate[] days,
            SkippedDay[] daysOff) {
        this.firstEpochDay = firstEpochDay;
        this.workingBefore = workingBefore;
        this.workingDays = workingDays;
        this.days = days;
        this.daysOff = daysOff;
    }

    /**
     * The index of the years {@code firstYear}–{@code lastYear}, or null when a walk must do: the span is
     * wider than the table allows, or it holds a longer run of days off than {@code maxDaysOffInARow},
     * where only a walk reports the broken calendar.
     */
    static WorkingDayIndex of(Map<LocalDate, CalendarEntry> entries, Set<DayOfWeek> weeklyDaysOff, int firstYear,
            int lastYear, int maxDaysOffInARow, Function<LocalDate, SkippedDay> skippedDay) {
        if (lastYear - firstYear + 1 > MAX_YEARS) {
            return null;
        }
        LocalDate first = LocalDate.of(firstYear, 1, 1);
        int size = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - first.toEpochDay() + 1);
        int[] workingBefore = new int[size + 1];
        int[] workingDays = new int[size];
        LocalDate[] days = new LocalDate[size];
        SkippedDay[] daysOff = new SkippedDay[size];
        int working = 0;
        int daysOffInARow = 0;
        LocalDate day = first;
        for (int i = 0; i < size; i++, day = day.plusDays(1)) {
            days[i] = day;
            CalendarEntry entry = entries.get(day);
            boolean isWorking = entry != null ? entry.kind() == DayKind.WORKING_DAY : !weeklyDaysOff.contains(day.getDayOfWeek());
            if (isWorking) {
                workingDays[working++] = i;
                daysOffInARow = 0;
            } else if (++daysOffInARow > maxDaysOffInARow) {
                return null;
            } else {
                daysOff[i] = skippedDay.apply(day);
            }
            workingBefore[i + 1] = working;
        }
        return new WorkingDayIndex(first.toEpochDay(), workingBefore, Arrays.copyOf(workingDays, working), days, daysOff);
    }

    /** The index of the day, or -1 when it is not indexed. */
    int indexOf(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i >= 0 && i < workingBefore.length - 1 ? (int) i : -1;
    }

    /**
     * The index of the {@code n}-th working day counted from day {@code start} on (the start itself
     * counts when it is a working day), or -1 when that day is not indexed.
     */
    int nthWorkingDayFrom(int start, int n) {
        int k = workingBefore[start] + n - 1;
        return k < workingDays.length ? workingDays[k] : -1;
    }

    LocalDate day(int i) {
        return days[i];
    }

    /** The day off as a count reports it, or null for a working day. */
    SkippedDay dayOff(int i) {
        return daysOff[i];
    }
}

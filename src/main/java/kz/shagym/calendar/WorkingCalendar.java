package kz.shagym.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Working days as the calendar table defines them. Nothing here knows which weekdays are days
 * off: the weekly rest days, the holidays, the transferred days and the counting convention all
 * come from the table, so a lawyer can change every one of them.
 */
public final class WorkingCalendar {

    /**
     * Guards against a table that declares every day a day off: no real calendar has ten years of
     * days off in a row, however long the period counted.
     */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 3_660;

    private final Map<LocalDate, CalendarEntry> entries;
    private final Set<DayOfWeek> weeklyDaysOff;
    private final CountingConvention convention;
    private final int firstYear;
    private final int lastYear;
    private final WorkingDayIndex index;
    /** The rows not marked {@code LAW}, by date, with their epoch days for a binary search. */
    private final CalendarEntry[] unsettled;
    private final long[] unsettledEpochDays;

    public WorkingCalendar(List<CalendarEntry> entries, Set<DayOfWeek> weeklyDaysOff,
            CountingConvention convention, int firstYear, int lastYear) {
        Objects.requireNonNull(convention, "convention");
        if (weeklyDaysOff.size() >= 7) {
            throw new IllegalArgumentException("every day of the week is a day off");
        }
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        for (CalendarEntry e : entries) {
            if (byDate.putIfAbsent(e.date(), e) != null) {
                throw new IllegalArgumentException("two calendar rows for " + e.date());
            }
        }
        this.entries = Map.copyOf(byDate);
        this.weeklyDaysOff = weeklyDaysOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weeklyDaysOff));
        this.convention = convention;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.index = WorkingDayIndex.of(this.entries, this.weeklyDaysOff, firstYear, lastYear, MAX_DAYS_OFF_IN_A_ROW,
                this::skippedDay);
        this.unsettled = entries.stream().filter(e -> e.status() != kz.shagym.rules.RuleStatus.LAW)
                .sorted(Comparator.comparing(CalendarEntry::date)).toArray(CalendarEntry[]::new);
        this.unsettledEpochDays = Arrays.stream(unsettled).mapToLong(e -> e.date().toEpochDay()).toArray();
    }

    public CountingConvention convention() {
        return convention;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public Set<DayOfWeek> weeklyDaysOff() {
        return weeklyDaysOff;
    }

    public List<CalendarEntry> entries() {
        return entries.values().stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
    }

    /** True when the calendar has researched days off for the year of {@code date}. */
    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == DayKind.WORKING_DAY;
        }
        return !weeklyDaysOff.contains(date.getDayOfWeek());
    }

    /** Counts {@code days} working days from the event day {@code from} under the table's convention. */
    public WorkingDayCount addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        boolean eventDayCounts = convention == CountingConvention.EVENT_DAY_INCLUDED;
        int start = index == null ? -1 : index.indexOf(from.toEpochDay() + (eventDayCounts ? 0 : 1));
        int end = start < 0 ? -1 : index.nthWorkingDayFrom(start, days);
        return end < 0 ? walk(from, days) : indexed(from, days, start, end);
    }

    /** The count read off the index: the same days, counted and skipped, as {@link #walk} finds. */
    private WorkingDayCount indexed(LocalDate from, int days, int start, int end) {
        LocalDate[] counted = new LocalDate[days];
        List<SkippedDay> skipped = new ArrayList<>(end - start + 1 - days);
        int n = 0;
        for (int i = start; i <= end; i++) {
            SkippedDay dayOff = index.dayOff(i);
            if (dayOff == null) {
                counted[n++] = index.day(i);
            } else {
                skipped.add(dayOff);
            }
        }
        LocalDate deadline = counted[days - 1];
        return new WorkingDayCount(from, days, convention, deadline, List.of(counted), skipped,
                !covers(from) || !covers(deadline));
    }

    /** Day by day: for counts the index does not hold (outside the covered years). */
    private WorkingDayCount walk(LocalDate from, int days) {
        List<LocalDate> counted = new ArrayList<>();
        List<SkippedDay> skipped = new ArrayList<>();
        boolean beyond = !covers(from);
        LocalDate day = from;
        if (convention == CountingConvention.EVENT_DAY_INCLUDED) {
            if (isWorkingDay(from)) {
                counted.add(from);
            } else {
                skipped.add(skippedDay(from));
            }
        }
        int daysOffInARow = 0;
        while (counted.size() < days) {
            day = day.plusDays(1);
            beyond |= !covers(day);
            if (isWorkingDay(day)) {
                counted.add(day);
                daysOffInARow = 0;
            } else if (++daysOffInARow > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException(
                        "no working day in the " + MAX_DAYS_OFF_IN_A_ROW + " days up to " + day + ": check the calendar table");
            } else {
                skipped.add(skippedDay(day));
            }
        }
        return new WorkingDayCount(from, days, convention, counted.get(counted.size() - 1), counted, skipped, beyond);
    }

    /**
     * The calendar rows not marked {@code LAW} that a count passed over or ended on: the days a
     * deadline rests on that nobody has checked against the official calendar, in date order.
     */
    public List<CalendarEntry> unsettledDays(WorkingDayCount count) {
        long first = count.from().toEpochDay() + (count.convention() == CountingConvention.EVENT_DAY_INCLUDED ? 0 : 1);
        long last = count.deadline().toEpochDay();
        int i = Arrays.binarySearch(unsettledEpochDays, first);
        i = i >= 0 ? i : -i - 1;
        if (i == unsettled.length || unsettledEpochDays[i] > last) {
            return List.of(); // most counts: every day they pass is settled law
        }
        List<CalendarEntry> found = new ArrayList<>();
        for (; i < unsettled.length && unsettledEpochDays[i] <= last; i++) {
            found.add(unsettled[i]);
        }
        return found;
    }

    private SkippedDay skippedDay(LocalDate day) {
        CalendarEntry entry = entries.get(day);
        if (entry != null) {
            return new SkippedDay(day, entry.reasonRu(), entry.reasonKk());
        }
        return new SkippedDay(day, "еженедельный выходной", "апталық демалыс");
    }
}

package kz.shagym.workbench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shagym.calendar.CalendarEntry;
import kz.shagym.calendar.DayKind;
import kz.shagym.calendar.WorkingCalendar;

/**
 * The months around a decision's dates as small calendars: days off greyed with the reason the
 * calendar table gives, weekends made working by a transfer marked, and the decision's dates marked.
 */
final class CalendarMonths {

    /** Never draw more than this many months, however far an extended deadline lies. */
    static final int MAX_MONTHS = 6;

    private CalendarMonths() {
    }

    record Month(YearMonth month, List<List<Day>> weeks) {
    }

    /**
     * @param date null for the padding before the first and after the last day of the month
     * @param reason why the day is off, or why a weekend day is worked; empty for an ordinary day
     * @param marks the decision's dates that fall on this day (received, forwarding, review, ...)
     */
    record Day(LocalDate date, boolean working, boolean transferred, String reason, List<String> marks) {

        public boolean off() {
            return date != null && !working;
        }

        public boolean marked(String mark) {
            return marks.contains(mark);
        }
    }

    /**
     * @param marks each mark's date; null dates are ignored
     * @param reason the reason text of a calendar row, in the reader's language
     * @param weeklyOff what to call an ordinary weekend day
     */
    static List<Month> around(WorkingCalendar calendar, Map<String, LocalDate> marks,
            Function<CalendarEntry, String> reason, String weeklyOff) {
        SortedMap<LocalDate, List<String>> byDate = new TreeMap<>();
        marks.forEach((mark, date) -> {
            if (date != null) {
                byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(mark);
            }
        });
        if (byDate.isEmpty()) {
            return List.of();
        }
        Map<LocalDate, CalendarEntry> entries = calendar.entries().stream()
                .collect(Collectors.toMap(CalendarEntry::date, e -> e));
        YearMonth first = YearMonth.from(byDate.firstKey());
        YearMonth last = YearMonth.from(byDate.lastKey());
        if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
            last = first.plusMonths(MAX_MONTHS - 1);
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(month(m, calendar, entries, byDate, reason, weeklyOff));
        }
        return months;
    }

    private static Month month(YearMonth month, WorkingCalendar calendar, Map<LocalDate, CalendarEntry> entries,
            Map<LocalDate, List<String>> marks, Function<CalendarEntry, String> reason, String weeklyOff) {
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth();
        while (!day.isAfter(end)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                if (!YearMonth.from(day).equals(month)) {
                    week.add(new Day(null, true, false, "", List.of()));
                    continue;
                }
                CalendarEntry entry = entries.get(day);
                boolean working = calendar.isWorkingDay(day);
                boolean transferred = entry != null && entry.kind() == DayKind.WORKING_DAY;
                String why = entry != null ? reason.apply(entry) : working ? "" : weeklyOff;
                week.add(new Day(day, working, transferred, why, marks.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return new Month(month, weeks);
    }
}

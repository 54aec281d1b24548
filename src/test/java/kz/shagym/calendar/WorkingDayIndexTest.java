package kz.shagym.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shagym.rules.RuleStatus;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingCalendar} reads counts off an index of the covered years ({@link WorkingDayIndex})
 * instead of walking day by day. Here every count from every day of the covered years and the months
 * around them, of 1 to 45 working days, under both conventions, is held to a plain day-by-day walk
 * written from {@link WorkingCalendar#isWorkingDay} (the algorithm as it was): the deadline, the days
 * counted and skipped with their reasons, whether it ran beyond the calendar, and the unsettled days
 * it rests on. On the researched calendar and on a random one with long runs of days off, working
 * weekends, unverified rows and rows outside the covered years.
 */
class WorkingDayIndexTest {

    @Test
    void researchedCalendarWhenCountedFromAnyDayShouldAgreeWithAWalkDayByDay() {
        for (CountingConvention convention : CountingConvention.values()) {
            assertAgreesWithWalk(ResearchedCalendar.with(convention));
        }
    }

    @Test
    void randomCalendarWithLongBreaksAndUnverifiedDaysWhenCountedFromAnyDayShouldAgreeWithAWalkDayByDay() {
        for (CountingConvention convention : CountingConvention.values()) {
            assertAgreesWithWalk(new WorkingCalendar(randomRows(7), Set.of(DayOfWeek.SUNDAY), convention, 2025, 2026));
        }
    }

    private static void assertAgreesWithWalk(WorkingCalendar calendar) {
        Map<LocalDate, CalendarEntry> rows = calendar.entries().stream()
                .collect(Collectors.toMap(CalendarEntry::date, Function.identity()));
        List<CalendarEntry> unsettled = calendar.entries().stream().filter(e -> e.status() != RuleStatus.LAW).toList();
        int compared = 0;
        LocalDate last = LocalDate.of(calendar.lastYear(), 12, 31).plusDays(10);
        for (LocalDate from = LocalDate.of(calendar.firstYear() - 1, 11, 1); !from.isAfter(last); from = from.plusDays(1)) {
            for (int days = 1; days <= 45; days++) {
                WorkingDayCount count = calendar.addWorkingDays(from, days);
                WorkingDayCount walked = walk(calendar, rows, from, days);
                assertThat(count).as("%s + %d %s", from, days, calendar.convention()).isEqualTo(walked);
                assertThat(calendar.unsettledDays(count)).as("unsettled days of %s", count)
                        .isEqualTo(unsettledByWalk(unsettled, walked));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(45 * 365);
    }

    /** The count as WorkingCalendar walked it before the index. */
    private static WorkingDayCount walk(WorkingCalendar calendar, Map<LocalDate, CalendarEntry> rows, LocalDate from, int days) {
        List<LocalDate> counted = new ArrayList<>();
        List<SkippedDay> skipped = new ArrayList<>();
        boolean beyond = !calendar.covers(from);
        LocalDate day = from;
        if (calendar.convention() == CountingConvention.EVENT_DAY_INCLUDED) {
            if (calendar.isWorkingDay(from)) {
                counted.add(from);
            } else {
                skipped.add(skipped(rows, from));
            }
        }
        while (counted.size() < days) {
            day = day.plusDays(1);
            beyond |= !calendar.covers(day);
            if (calendar.isWorkingDay(day)) {
                counted.add(day);
            } else {
                skipped.add(skipped(rows, day));
            }
        }
        return new WorkingDayCount(from, days, calendar.convention(), day, counted, skipped, beyond);
    }

    private static SkippedDay skipped(Map<LocalDate, CalendarEntry> rows, LocalDate day) {
        CalendarEntry row = rows.get(day);
        return row != null ? new SkippedDay(day, row.reasonRu(), row.reasonKk())
                : new SkippedDay(day, "еженедельный выходной", "апталық демалыс");
    }

    /** The rows not LAW from the first day the count could count to its deadline, in date order. */
    private static List<CalendarEntry> unsettledByWalk(List<CalendarEntry> unsettled, WorkingDayCount count) {
        LocalDate first = count.convention() == CountingConvention.EVENT_DAY_INCLUDED ? count.from() : count.from().plusDays(1);
        return unsettled.stream().filter(e -> !e.date().isBefore(first) && !e.date().isAfter(count.deadline())).toList();
    }

    /** Days off in runs of up to three weeks, working Sundays, a third of the rows not LAW; 2024–2027. */
    private static List<CalendarEntry> randomRows(long seed) {
        Random random = new Random(seed);
        List<CalendarEntry> rows = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            RuleStatus status = RuleStatus.values()[random.nextInt(RuleStatus.values().length)];
            if (random.nextInt(40) == 0) {
                int run = 1 + random.nextInt(21);
                for (int i = 0; i < run && day.getYear() <= 2027; i++, day = day.plusDays(1)) {
                    rows.add(new CalendarEntry(day, DayKind.DAY_OFF, "перерыв " + i, "үзіліс " + i, "test", status));
                }
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY && random.nextInt(10) == 0) {
                rows.add(new CalendarEntry(day, DayKind.WORKING_DAY, "рабочее воскресенье", "жұмыс жексенбісі", "test", status));
            }
        }
        return rows;
    }
}

package kz.shagym.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.shagym.calendar.CalendarEntry;
import kz.shagym.calendar.CountingConvention;
import kz.shagym.calendar.DayKind;
import kz.shagym.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class CalendarMonthsTest {

    static final WorkingCalendar CALENDAR = new WorkingCalendar(List.of(
            new CalendarEntry(LocalDate.of(2025, 1, 5), DayKind.WORKING_DAY, "Перенос с 3 января", "3 қаңтардан ауыстыру", "ПП РК"),
            new CalendarEntry(LocalDate.of(2025, 3, 21), DayKind.DAY_OFF, "Наурыз мейрамы", "Наурыз мейрамы", "Закон"),
            new CalendarEntry(LocalDate.of(2025, 3, 24), DayKind.DAY_OFF, "Наурыз мейрамы (перенос)", "Наурыз мейрамы", "Закон")),
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), CountingConvention.EVENT_DAY_EXCLUDED, 2024, 2027);

    private static List<CalendarMonths.Month> months(Map<String, LocalDate> marks) {
        return CalendarMonths.around(CALENDAR, marks, CalendarEntry::reasonRu, "еженедельный выходной");
    }

    private static CalendarMonths.Day day(List<CalendarMonths.Month> months, LocalDate date) {
        return months.stream().flatMap(m -> m.weeks().stream()).flatMap(List::stream)
                .filter(d -> Objects.equals(d.date(), date)).findFirst().orElseThrow();
    }

    @Test
    void aroundShouldDrawTheMonthsFromTheFirstToTheLastMarkWithWeeksFromMonday() {
        Map<String, LocalDate> marks = new LinkedHashMap<>();
        marks.put("received", LocalDate.of(2025, 3, 19));
        marks.put("review", LocalDate.of(2025, 4, 2));

        List<CalendarMonths.Month> months = months(marks);

        assertThat(months).extracting(CalendarMonths.Month::month).containsExactly(YearMonth.of(2025, 3), YearMonth.of(2025, 4));
        List<CalendarMonths.Day> firstWeek = months.get(0).weeks().get(0);
        assertThat(firstWeek).hasSize(7);
        assertThat(firstWeek.subList(0, 5)).allSatisfy(d -> assertThat(d.date()).isNull());
        assertThat(firstWeek.get(5).date()).isEqualTo(LocalDate.of(2025, 3, 1));
        List<List<CalendarMonths.Day>> weeks = months.get(0).weeks();
        assertThat(weeks.get(weeks.size() - 1).get(0).date()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aroundShouldGreyDaysOffWithTheirReasonAndMarkTheDecisionsDates() {
        List<CalendarMonths.Month> months = months(Map.of("received", LocalDate.of(2025, 3, 19),
                "review", LocalDate.of(2025, 3, 31)));

        assertThat(day(months, LocalDate.of(2025, 3, 21))).satisfies(d -> {
            assertThat(d.off()).isTrue();
            assertThat(d.reason()).isEqualTo("Наурыз мейрамы");
        });
        assertThat(day(months, LocalDate.of(2025, 3, 22)).reason()).isEqualTo("еженедельный выходной");
        assertThat(day(months, LocalDate.of(2025, 3, 20))).satisfies(d -> {
            assertThat(d.off()).isFalse();
            assertThat(d.reason()).isEmpty();
        });
        assertThat(day(months, LocalDate.of(2025, 3, 19)).marked("received")).isTrue();
        assertThat(day(months, LocalDate.of(2025, 3, 31)).marks()).containsExactly("review");
    }

    @Test
    void aroundShouldShowAWeekendMadeAWorkingDayAsWorkingWithItsReason() {
        CalendarMonths.Day sunday = day(months(Map.of("received", LocalDate.of(2025, 1, 3))), LocalDate.of(2025, 1, 5));

        assertThat(sunday.working()).isTrue();
        assertThat(sunday.transferred()).isTrue();
        assertThat(sunday.reason()).isEqualTo("Перенос с 3 января");
    }

    @Test
    void aroundShouldDrawAtMostSixMonthsAndNothingWithoutDates() {
        Map<String, LocalDate> marks = new LinkedHashMap<>();
        marks.put("received", LocalDate.of(2025, 1, 10));
        marks.put("extended", LocalDate.of(2025, 12, 1));
        marks.put("asOf", null);

        assertThat(months(marks)).hasSize(CalendarMonths.MAX_MONTHS);
        assertThat(months(Map.of())).isEmpty();
    }
}

package kz.shagym.calendar;

import static kz.shagym.calendar.CountingConvention.EVENT_DAY_EXCLUDED;
import static kz.shagym.calendar.CountingConvention.EVENT_DAY_INCLUDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final String WEEKLY_REST_RU = "еженедельный выходной";
    private static final String WEEKLY_REST_KK = "апталық демалыс";

    private final WorkingCalendar calendar = ResearchedCalendar.withDefaultConvention();

    @Test
    void entriesAreTheTableRowsInDateOrder() {
        assertThat(calendar.entries()).hasSize(60).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(calendar.weeklyDaysOff()).isEqualTo(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    /** The worked examples of docs/domain.md, "Counting working days". */
    @Nested
    class WorkedExamples {

        @Test
        void addWorkingDaysWhenForwardingOverNauryzSkipsTheHolidayAndItsTransferredDays() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-03-19"), 3);

            assertThat(count.deadline()).isEqualTo("2025-03-27");
            assertThat(count.counted()).containsExactly(date("2025-03-20"), date("2025-03-26"), date("2025-03-27"));
            assertThat(count.skipped()).extracting(SkippedDay::date)
                    .containsExactly(date("2025-03-21"), date("2025-03-22"), date("2025-03-23"),
                            date("2025-03-24"), date("2025-03-25"));
            assertThat(count.beyondCalendar()).isFalse();
        }

        @Test
        void addWorkingDaysWhenReviewingFiveDaysFromTheSameDayEndsOnMonday31March() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-03-19"), 5);

            assertThat(count.deadline()).isEqualTo("2025-03-31");
            assertThat(count.counted()).containsExactly(date("2025-03-20"), date("2025-03-26"),
                    date("2025-03-27"), date("2025-03-28"), date("2025-03-31"));
        }

        @Test
        void addWorkingDaysWhenReceivedOnTransferredDayOffCountsTheWorkingSunday() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-01-03"), 3);

            assertThat(count.deadline()).isEqualTo("2025-01-08");
            assertThat(count.counted()).containsExactly(date("2025-01-05"), date("2025-01-06"), date("2025-01-08"));
            assertThat(count.skipped()).extracting(SkippedDay::date)
                    .containsExactly(date("2025-01-04"), date("2025-01-07"));
        }
    }

    @Nested
    class SkippedDays {

        @Test
        void addWorkingDaysListsEachSkippedDayWithTheReasonOfItsCalendarRow() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-03-19"), 3);

            assertThat(count.skipped()).extracting(SkippedDay::date, SkippedDay::reasonRu, SkippedDay::reasonKk)
                    .containsExactly(
                            tuple(date("2025-03-21"), "Наурыз мейрамы", "Наурыз мейрамы"),
                            tuple(date("2025-03-22"), WEEKLY_REST_RU, WEEKLY_REST_KK),
                            tuple(date("2025-03-23"), WEEKLY_REST_RU, WEEKLY_REST_KK),
                            tuple(date("2025-03-24"), "Наурыз мейрамы (перенос с субботы 22.03)",
                                    "Наурыз мейрамы (22.03 сенбіден ауыстырылған)"),
                            tuple(date("2025-03-25"), "Наурыз мейрамы (перенос с воскресенья 23.03)",
                                    "Наурыз мейрамы (23.03 жексенбіден ауыстырылған)"));
        }

        @Test
        void addWorkingDaysGivesTheWeeklyRestAsTheReasonForAWeekendWithoutARow() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-01-03"), 3);

            assertThat(count.skipped()).extracting(SkippedDay::date, SkippedDay::reasonRu, SkippedDay::reasonKk)
                    .containsExactly(
                            tuple(date("2025-01-04"), WEEKLY_REST_RU, WEEKLY_REST_KK),
                            tuple(date("2025-01-07"), "Православное Рождество", "Православиелік Рождество"));
        }

        @Test
        void calendarEntryWithoutKazakhReasonFallsBackToTheRussianOne() {
            CalendarEntry entry = new CalendarEntry(date("2025-03-21"), DayKind.DAY_OFF, "Наурыз мейрамы", " ", null);

            assertThat(entry.reasonKk()).isEqualTo("Наурыз мейрамы");
            assertThat(entry.source()).isEmpty();
        }
    }

    @Nested
    class EventDayIncluded {

        private final WorkingCalendar included = ResearchedCalendar.with(EVENT_DAY_INCLUDED);

        @Test
        void addWorkingDaysWithEventDayIncludedEndsOneWorkingDayEarlier() {
            assertThat(included.addWorkingDays(date("2025-03-19"), 3).deadline()).isEqualTo("2025-03-26");
            assertThat(included.addWorkingDays(date("2025-03-19"), 5).deadline()).isEqualTo("2025-03-28");
        }

        @Test
        void addWorkingDaysWithEventDayIncludedCountsTheEventDayAsDayOne() {
            WorkingDayCount count = included.addWorkingDays(date("2025-03-19"), 3);

            assertThat(count.counted()).containsExactly(date("2025-03-19"), date("2025-03-20"), date("2025-03-26"));
            assertThat(count.convention()).isEqualTo(EVENT_DAY_INCLUDED);
        }

        @Test
        void addWorkingDaysWithEventDayIncludedForOneDayOnAWorkingDayEndsOnTheEventDay() {
            assertThat(included.addWorkingDays(date("2025-03-19"), 1).deadline()).isEqualTo("2025-03-19");
        }

        @Test
        void addWorkingDaysWithEventDayIncludedWhenEventDayIsADayOffStartsOnTheNextWorkingDay() {
            WorkingDayCount count = included.addWorkingDays(date("2025-01-03"), 3);

            assertThat(count.counted()).containsExactly(date("2025-01-05"), date("2025-01-06"), date("2025-01-08"));
            assertThat(count.skipped()).extracting(SkippedDay::date, SkippedDay::reasonRu)
                    .as("the event day could have been day 1, so it is listed with its reason")
                    .containsExactly(
                            tuple(date("2025-01-03"), "выходной (перенос с воскресенья 05.01)"),
                            tuple(date("2025-01-04"), WEEKLY_REST_RU),
                            tuple(date("2025-01-07"), "Православное Рождество"));
            assertThat(count.deadline())
                    .as("no working day to gain: same deadline as the default convention")
                    .isEqualTo(calendar.addWorkingDays(date("2025-01-03"), 3).deadline());
        }

        @Test
        void addWorkingDaysWithEventDayIncludedOnEveryWorkingDayOf2025EndsOneWorkingDayEarlier() {
            for (LocalDate day = date("2025-01-01"); day.getYear() == 2025; day = day.plusDays(1)) {
                if (!included.isWorkingDay(day)) {
                    continue;
                }
                for (int days : new int[] {2, 3, 5, 15}) {
                    List<LocalDate> byDefault = calendar.addWorkingDays(day, days).counted();
                    assertThat(included.addWorkingDays(day, days).deadline()).as("%s + %d", day, days)
                            .isEqualTo(byDefault.get(days - 2));
                }
            }
        }
    }

    @Nested
    class YearEnds {

        @Test
        void addWorkingDaysFrom30December2025SkipsNewYearAndTheWeekend() {
            WorkingDayCount count = calendar.addWorkingDays(date("2025-12-30"), 3);

            assertThat(count.deadline()).isEqualTo("2026-01-06");
            assertThat(count.counted()).containsExactly(date("2025-12-31"), date("2026-01-05"), date("2026-01-06"));
            assertThat(count.skipped()).extracting(SkippedDay::date, SkippedDay::reasonRu)
                    .containsExactly(
                            tuple(date("2026-01-01"), "Новый год"),
                            tuple(date("2026-01-02"), "Новый год"),
                            tuple(date("2026-01-03"), WEEKLY_REST_RU),
                            tuple(date("2026-01-04"), WEEKLY_REST_RU));
            assertThat(count.beyondCalendar()).isFalse();
        }

        @Test
        void addWorkingDaysFrom31December2026CrossesInto2027WithItsMovedNewYearAndChristmas() {
            WorkingDayCount count = calendar.addWorkingDays(date("2026-12-31"), 5);

            assertThat(count.deadline()).isEqualTo("2027-01-12");
            assertThat(count.counted()).containsExactly(date("2027-01-05"), date("2027-01-06"),
                    date("2027-01-08"), date("2027-01-11"), date("2027-01-12"));
            assertThat(count.skipped()).extracting(SkippedDay::date)
                    .containsExactly(date("2027-01-01"), date("2027-01-02"), date("2027-01-03"),
                            date("2027-01-04"), date("2027-01-07"), date("2027-01-09"), date("2027-01-10"));
            assertThat(count.beyondCalendar()).isFalse();
        }
    }

    @Nested
    class WorkingWeekends {

        @Test
        void isWorkingDayWhenATransferActMakesSaturdayWorkingIsTrue() {
            assertThat(calendar.isWorkingDay(date("2024-05-04"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2024-05-08"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2024-05-11"))).as("an ordinary Saturday").isFalse();
        }

        @Test
        void addWorkingDaysCountsTheWorkingSaturday() {
            assertThat(calendar.addWorkingDays(date("2024-05-03"), 1).deadline()).isEqualTo("2024-05-04");

            WorkingDayCount count = calendar.addWorkingDays(date("2024-05-02"), 3);
            assertThat(count.counted()).containsExactly(date("2024-05-03"), date("2024-05-04"), date("2024-05-06"));
            assertThat(count.skipped()).extracting(SkippedDay::date).containsExactly(date("2024-05-05"));
        }
    }

    @Nested
    class BeyondTheCalendar {

        @Test
        void addWorkingDaysWhenTheDeadlineFallsAfter2027IsFlaggedBeyondCalendar() {
            WorkingDayCount count = calendar.addWorkingDays(date("2027-12-29"), 5);

            assertThat(count.deadline()).isEqualTo("2028-01-05");
            assertThat(count.beyondCalendar()).isTrue();
        }

        @Test
        void addWorkingDaysWhenTheCountEndsOn31December2027IsNotFlagged() {
            WorkingDayCount count = calendar.addWorkingDays(date("2027-12-27"), 4);

            assertThat(count.deadline()).isEqualTo("2027-12-31");
            assertThat(count.beyondCalendar()).isFalse();
        }

        @Test
        void addWorkingDaysWhenTheEventDayIsBefore2024IsFlaggedBeyondCalendar() {
            WorkingDayCount count = calendar.addWorkingDays(date("2023-12-28"), 3);

            assertThat(count.deadline()).isEqualTo("2024-01-04");
            assertThat(count.counted()).containsExactly(date("2023-12-29"), date("2024-01-03"), date("2024-01-04"));
            assertThat(count.beyondCalendar()).isTrue();
        }

        @Test
        void addWorkingDaysForAPeriodSpanningMoreThanTenYearsStillFindsTheDeadline() {
            WorkingDayCount count = calendar.addWorkingDays(date("2024-01-01"), 3000);

            assertThat(count.counted()).hasSize(3000);
            assertThat(count.deadline()).isEqualTo("2035-09-17");
            assertThat(count.beyondCalendar()).isTrue();
        }

        @Test
        void coversOnlyTheYearsOfTheTable() {
            assertThat(calendar.covers(date("2023-12-31"))).isFalse();
            assertThat(calendar.covers(date("2024-01-01"))).isTrue();
            assertThat(calendar.covers(date("2027-12-31"))).isTrue();
            assertThat(calendar.covers(date("2028-01-01"))).isFalse();
        }
    }

    @Nested
    class RejectedInput {

        @Test
        void addWorkingDaysWhenDaysIsZeroOrNegativeIsRejected() {
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2025-03-19"), 0))
                    .withMessageContaining("at least 1");
            assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2025-03-19"), -3))
                    .withMessageContaining("at least 1");
        }

        @Test
        void newCalendarWithTwoRowsForTheSameDateIsRejected() {
            List<CalendarEntry> rows = new ArrayList<>(ResearchedCalendar.rows());
            rows.add(new CalendarEntry(date("2025-03-21"), DayKind.WORKING_DAY, "ошибка", "қате", "typo"));

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(rows, ResearchedCalendar.WEEKLY_REST, EVENT_DAY_EXCLUDED, 2024, 2027))
                    .withMessageContaining("2025-03-21");
        }

        @Test
        void newCalendarWhoseLastYearIsBeforeItsFirstIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(List.of(), ResearchedCalendar.WEEKLY_REST, EVENT_DAY_EXCLUDED, 2027, 2024));
        }

        @Test
        void newCalendarWhoseWeeklyRestIsEveryDayOfTheWeekIsRejected() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(List.of(), EnumSet.allOf(DayOfWeek.class), EVENT_DAY_EXCLUDED, 2024, 2027));
        }

        @Test
        void addWorkingDaysWhenRowsMakeEveryWeekdayOfTheCoveredYearsADayOffEndsAfterTheCalendarInsteadOfLooping() {
            WorkingCalendar allOff = new WorkingCalendar(everyWeekdayOff(2024, 2027), ResearchedCalendar.WEEKLY_REST,
                    EVENT_DAY_EXCLUDED, 2024, 2027);

            WorkingDayCount count = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> allOff.addWorkingDays(date("2024-01-01"), 1));

            assertThat(count.deadline()).isEqualTo("2028-01-03");
            assertThat(count.beyondCalendar()).isTrue();
        }

        @Test
        void addWorkingDaysWhenRowsMakeEveryWeekdayOfTenYearsADayOffStopsWithAnError() {
            WorkingCalendar allOff = new WorkingCalendar(everyWeekdayOff(2020, 2030), ResearchedCalendar.WEEKLY_REST,
                    EVENT_DAY_EXCLUDED, 2020, 2030);

            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatIllegalStateException()
                    .isThrownBy(() -> allOff.addWorkingDays(date("2020-01-01"), 1))
                    .withMessageContaining("no working day"));
        }

        private List<CalendarEntry> everyWeekdayOff(int firstYear, int lastYear) {
            List<CalendarEntry> rows = new ArrayList<>();
            for (LocalDate day = LocalDate.of(firstYear, 1, 1); day.getYear() <= lastYear; day = day.plusDays(1)) {
                if (!ResearchedCalendar.WEEKLY_REST.contains(day.getDayOfWeek())) {
                    rows.add(new CalendarEntry(day, DayKind.DAY_OFF, "выходной", "демалыс", "test"));
                }
            }
            return rows;
        }
    }

    /** Checks over every day of 2025 rather than hand-picked ones. */
    @Nested
    class EveryDayOf2025 {

        private static final int[] PERIODS = {1, 3, 5, 10, 15};

        @Test
        void addWorkingDaysNeverEndsOnADayOff() {
            forEveryDayOf2025((day, days) -> {
                WorkingDayCount count = calendar.addWorkingDays(day, days);
                assertThat(calendar.isWorkingDay(count.deadline())).as("%s + %d", day, days).isTrue();
                assertThat(count.counted()).as("%s + %d", day, days).hasSize(days).allMatch(calendar::isWorkingDay);
                assertThat(count.skipped()).as("%s + %d", day, days)
                        .allMatch(skipped -> !calendar.isWorkingDay(skipped.date()));
            });
        }

        @Test
        void addWorkingDaysAccountsForEveryDayBetweenTheEventAndTheDeadline() {
            forEveryDayOf2025((day, days) -> {
                WorkingDayCount count = calendar.addWorkingDays(day, days);
                List<LocalDate> seen = new ArrayList<>(count.counted());
                count.skipped().forEach(skipped -> seen.add(skipped.date()));
                assertThat(seen).as("%s + %d", day, days)
                        .containsExactlyInAnyOrderElementsOf(day.plusDays(1).datesUntil(count.deadline().plusDays(1)).toList());
                assertThat(count.beyondCalendar()).as("%s + %d", day, days).isFalse();
            });
        }

        @Test
        void addWorkingDaysIsMonotonicInTheEventDayAndInThePeriod() {
            forEveryDayOf2025((day, days) -> {
                LocalDate deadline = calendar.addWorkingDays(day, days).deadline();
                assertThat(deadline).as("%s + %d", day, days).isAfter(day);
                assertThat(calendar.addWorkingDays(day.plusDays(1), days).deadline())
                        .as("a later event day never gives an earlier deadline: %s + %d", day, days)
                        .isAfterOrEqualTo(deadline);
                assertThat(calendar.addWorkingDays(day, days + 1).deadline())
                        .as("one more working day always ends later: %s + %d", day, days)
                        .isAfter(deadline);
            });
        }

        private void forEveryDayOf2025(DayCheck check) {
            for (LocalDate day = date("2025-01-01"); day.getYear() == 2025; day = day.plusDays(1)) {
                for (int days : PERIODS) {
                    check.accept(day, days);
                }
            }
        }
    }

    @FunctionalInterface
    private interface DayCheck {
        void accept(LocalDate day, int days);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

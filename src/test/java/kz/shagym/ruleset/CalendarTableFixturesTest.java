package kz.shagym.ruleset;

import static kz.shagym.ruleset.BrokenTables.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each fixture is the shipped calendar with one thing broken, in its Calendar or Parameters sheet. */
class CalendarTableFixturesTest {

    private static final String CALENDAR = "calendar.xlsx";

    private static TableProblem onlyProblemOf(String fixture) {
        return onlyProblem(buildWith(CALENDAR, fixture));
    }

    @Test
    void calendarWhenDateDoesNotExistShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("calendar-impossible-date.xlsx");

        assertAt(p, DATE_INVALID, CALENDAR, "Calendar", "A19");
        assertThat(p.messageRu()).contains("2025-02-30");
    }

    @Test
    void calendarWhenDateIsWordsShouldRejectThatCell() {
        TableProblem p = onlyProblemOf("calendar-text-instead-of-date.xlsx");

        assertAt(p, DATE_INVALID, CALENDAR, "Calendar", "A25");
        assertThat(p.messageKk()).contains("21 марта");
    }

    @Test
    void calendarWhenDateRepeatsShouldRejectTheSecondAndNameTheFirst() {
        TableProblem p = onlyProblemOf("calendar-duplicate-date.xlsx");

        assertAt(p, DATE_DUPLICATE, CALENDAR, "Calendar", "A5");
        assertThat(p.messageEn()).contains("2024-01-01", "A4");
    }

    @Test
    void calendarWhenWorkingDayFallsOnAWeekdayShouldRejectTheKindCell() {
        TableProblem p = onlyProblemOf("calendar-working-day-on-monday.xlsx");

        assertAt(p, WORKING_DAY_ON_WORKDAY, CALENDAR, "Calendar", "B4");
    }

    @Test
    void calendarWhenParameterRowIsDeletedShouldNameTheParameterAtTheFirstFreeRow() {
        TableProblem p = onlyProblemOf("calendar-last-year-parameter-missing.xlsx");

        assertAt(p, PARAMETER_MISSING, CALENDAR, "Parameters", "A7");
        assertThat(p.messageEn()).contains("LAST_YEAR");
    }

    @Test
    void calendarWhenParameterNameIsMisspelledShouldRejectThatCellAndNotCallItMissing() {
        TableProblem p = onlyProblemOf("calendar-parameter-name-misspelled.xlsx");

        assertAt(p, ENUM_UNKNOWN, CALENDAR, "Parameters", "A7");
        assertThat(p.messageRu()).contains("LAST_YAER");
    }

    @Test
    void calendarWhenYearParameterIsNotAYearShouldRejectTheValueCell() {
        TableProblem p = onlyProblemOf("calendar-first-year-parameter-not-a-year.xlsx");

        assertAt(p, PARAMETER_INVALID, CALENDAR, "Parameters", "B6");
        assertThat(p.messageEn()).contains("'2O24'", "FIRST_YEAR");
    }
}

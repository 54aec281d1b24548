package kz.shagym.calendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The N-th working day after a date under the active rule set's calendar, with the days off skipped. */
@RestController
class WorkingDaysController {

    private final CalendarSource calendars;

    WorkingDaysController(CalendarSource calendars) {
        this.calendars = calendars;
    }

    /** Both parameters are taken as text so that a bad one is reported in the problem's errors, not by Spring. */
    @GetMapping("/api/v1/calendar/working-days")
    WorkingDaysAnswer workingDays(@RequestParam(required = false) String from,
            @RequestParam(required = false) String days) {
        WorkingDaysQuery query = WorkingDaysQuery.parse(from, days);
        WorkingCalendar calendar = calendars.current();
        return WorkingDaysAnswer.of(calendar.addWorkingDays(query.from(), query.days()), calendar);
    }
}

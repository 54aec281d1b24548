package kz.shagym.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The N-th working day after a date under the active rule set's calendar, with the days off skipped. */
@RestController
@Tag(name = "Calendar")
class WorkingDaysController {

    private final CalendarSource calendars;

    WorkingDaysController(CalendarSource calendars) {
        this.calendars = calendars;
    }

    /** Both parameters are taken as text so that a bad one is reported in the problem's errors, not by Spring. */
    @GetMapping(path = "/api/v1/calendar/working-days", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Count working days from a date",
            description = "Any signed-in role. The `days`-th working day after `from` under the active calendar and"
                    + " its counting convention, every day counted, and every day off skipped with its reason. Past"
                    + " the calendar's last year only weekly days off are known: `beyondCalendar` is true and a"
                    + " warning (SHG-CAL-BEYOND-CALENDAR) says so.")
    @ApiResponse(responseCode = "200", description = "The deadline and how it was counted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkingDaysAnswer.class),
            examples = @ExampleObject(name = "Nauryz", ref = "#/components/examples/working-days")))
    @ApiResponse(responseCode = "400", description = "A parameter missing or malformed, one entry per parameter in"
            + " `errors` (SHG-CAL-400)", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "SHG-CAL-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-CAL-400", "title": "Invalid working-days query",
                     "status": 400, "detail": "from: must be a real calendar date written YYYY-MM-DD; days: the number\
                     of working days is required", "instance": "/api/v1/calendar/working-days", "code": "SHG-CAL-400",
                     "errors": [{"field": "from", "code": "INVALID_DATE",
                                 "message": "must be a real calendar date written YYYY-MM-DD"},
                                {"field": "days", "code": "REQUIRED", "message": "the number of working days is required"}]}""")))
    WorkingDaysAnswer workingDays(
            @Parameter(description = "The day of the event, YYYY-MM-DD", required = true, example = "2025-03-19")
            @RequestParam(required = false) String from,
            @Parameter(description = "How many working days, a whole number", required = true, example = "3",
                    schema = @Schema(type = "integer"))
            @RequestParam(required = false) String days) {
        WorkingDaysQuery query = WorkingDaysQuery.parse(from, days);
        WorkingCalendar calendar = calendars.current();
        return WorkingDaysAnswer.of(calendar.addWorkingDays(query.from(), query.days()), calendar);
    }
}

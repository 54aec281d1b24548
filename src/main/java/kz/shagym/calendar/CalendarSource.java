package kz.shagym.calendar;

/** The calendar of the active rule set; implemented by the rule set registry. */
@FunctionalInterface
public interface CalendarSource {

    WorkingCalendar current();
}

package kz.shagym.rules;

import kz.shagym.calendar.WorkingDayCount;

/** The receiver must send the complaint on by {@code count.deadline()}. */
public record ForwardingDue(int workingDays, WorkingDayCount count) {
}

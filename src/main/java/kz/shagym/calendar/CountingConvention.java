package kz.shagym.calendar;

/**
 * How a period of N working days is counted from the day of the event. A table parameter, because
 * the law can be read both ways and lawyers must be able to switch it.
 */
public enum CountingConvention {
    /** The event day is day 0; the deadline is the N-th working day after it (the default). */
    EVENT_DAY_EXCLUDED,
    /** The event day is day 1 when it is a working day; deadlines fall one working day earlier. */
    EVENT_DAY_INCLUDED
}

package kz.shagym.calendar;

/** What a calendar row says about its date. */
public enum DayKind {
    /** A weekday that is not worked: a holiday, or a day off moved here by law or by a transfer act. */
    DAY_OFF,
    /** A day of the weekly rest (Saturday, Sunday) that a transfer act makes a working day. */
    WORKING_DAY
}

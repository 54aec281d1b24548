package kz.shagym.ruleset.tables;

/** The parameter rows of the calendar table; all but LAW_IN_FORCE_BY are required. */
enum CalendarParameter {
    /** EVENT_DAY_EXCLUDED (default reading) or EVENT_DAY_INCLUDED. */
    COUNTING_CONVENTION,
    /** The weekly rest days, e.g. SATURDAY, SUNDAY. */
    WEEKLY_DAYS_OFF,
    /** The first year whose days off the table lists. */
    FIRST_YEAR,
    /** The last year whose days off the table lists; deadlines beyond it carry a warning. */
    LAST_YEAR,
    /** RECEIPT (default) or REGISTRATION: which date of a complaint picks the table rows in force. */
    LAW_IN_FORCE_BY
}

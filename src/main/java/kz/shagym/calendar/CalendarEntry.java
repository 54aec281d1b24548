package kz.shagym.calendar;

import java.time.LocalDate;
import java.util.Objects;
import kz.shagym.rules.RuleStatus;

/**
 * One row of the calendar table: a date that differs from the weekly pattern, and why.
 *
 * @param status how firmly the row rests on the law; a deadline that crosses a row that is not
 *     {@code LAW} says so in its answer
 */
public record CalendarEntry(LocalDate date, DayKind kind, String reasonRu, String reasonKk, String source,
        RuleStatus status) {

    /** A row checked against its source. */
    public CalendarEntry(LocalDate date, DayKind kind, String reasonRu, String reasonKk, String source) {
        this(date, kind, reasonRu, reasonKk, source, RuleStatus.LAW);
    }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        reasonRu = reasonRu == null ? "" : reasonRu;
        reasonKk = reasonKk == null || reasonKk.isBlank() ? reasonRu : reasonKk;
        source = source == null ? "" : source;
        status = status == null ? RuleStatus.LAW : status;
    }
}

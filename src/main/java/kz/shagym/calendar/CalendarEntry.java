package kz.shagym.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One row of the calendar table: a date that differs from the weekly pattern, and why. */
public record CalendarEntry(LocalDate date, DayKind kind, String reasonRu, String reasonKk, String source) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        reasonRu = reasonRu == null ? "" : reasonRu;
        reasonKk = reasonKk == null || reasonKk.isBlank() ? reasonRu : reasonKk;
        source = source == null ? "" : source;
    }
}

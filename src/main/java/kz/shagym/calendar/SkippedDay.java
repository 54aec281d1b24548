package kz.shagym.calendar;

import java.time.LocalDate;

/** A day passed over while counting working days, with the reason in words. */
public record SkippedDay(LocalDate date, String reasonRu, String reasonKk) {
}

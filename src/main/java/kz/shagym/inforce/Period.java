package kz.shagym.inforce;

import java.time.LocalDate;

/**
 * The days a table row is in force: from {@code validFrom} to {@code validTo}, both inclusive; a
 * blank bound is open (in force since ever, or with no end). A row without either is always in force.
 */
public record Period(LocalDate validFrom, LocalDate validTo) {

    public static final Period ALWAYS = new Period(null, null);

    public boolean contains(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** A period that ends before it begins holds no day; the tables refuse it. */
    public boolean reversed() {
        return validFrom != null && validTo != null && validTo.isBefore(validFrom);
    }
}

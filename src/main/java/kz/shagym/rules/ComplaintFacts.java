package kz.shagym.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of one complaint, as the rules see them. Already checked: required fields are present
 * and {@code registeredOn} (defaulted to {@code receivedOn}) is not before {@code receivedOn}.
 * {@code asOf} is the day the question is asked; rules never read the clock.
 */
public record ComplaintFacts(
        String complaintId,
        String serviceCode,
        Respondent respondent,
        Subject subject,
        Body receivedBy,
        LocalDate receivedOn,
        LocalDate registeredOn,
        FavorableAct favorableAct,
        boolean preTrialAppealCompleted,
        LocalDate asOf) {

    public ComplaintFacts {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(receivedBy, "receivedBy");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (registeredOn == null) {
            registeredOn = receivedOn;
        }
        if (registeredOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("registeredOn is before receivedOn");
        }
    }

    /** Convenience for DRL: true when a favourable act is given and fully satisfies the complaint. */
    public boolean hasFullySatisfyingAct() {
        return favorableAct != null && favorableAct.fullySatisfies();
    }

    /** {@code receivedOn} as the number yyyymmdd: what a table row's period is compared with in DRL. */
    public int receivedOnNumber() {
        return dateNumber(receivedOn);
    }

    /** {@code registeredOn} as the number yyyymmdd, for tables whose law is picked by registration. */
    public int registeredOnNumber() {
        return dateNumber(registeredOn);
    }

    /** 2026-01-01 is 20260101: numbers compare as the dates do, in one cheap constraint per row. */
    public static int dateNumber(LocalDate day) {
        return day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }
}

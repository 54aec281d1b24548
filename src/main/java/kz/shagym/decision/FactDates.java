package kz.shagym.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dates of a complaint that cannot be true (ruling 4 of {@code shared/docs/domain.md}): outside the
 * supported window, or before the complaint arrived. One check for the API, which answers 422, and for
 * the workbench's form, which shows the same problems under its fields.
 */
public final class FactDates {

    /** The dates of a complaint, by their names in the API. */
    public enum Field {
        RECEIVED_ON("receivedOn"),
        REGISTERED_ON("registeredOn"),
        FAVORABLE_ACT_ADOPTED_ON("favorableAct.adoptedOn"),
        AS_OF("asOf");

        private final String path;

        Field(String path) {
            this.path = path;
        }

        /** The dotted path of the field in the request body. */
        public String path() {
            return path;
        }
    }

    public enum Kind {
        /** Before the earliest or after the latest supported date. */
        OUTSIDE_WINDOW,
        /** Before {@code receivedOn}: registered, adopted or asked about before the complaint existed. */
        BEFORE_RECEIPT
    }

    public record Problem(Field field, Kind kind) {
    }

    private final LocalDate earliest;
    private final LocalDate latest;

    FactDates(FactSettings settings) {
        this.earliest = settings.earliestDate();
        this.latest = settings.latestDate();
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return latest;
    }

    /**
     * @param receivedOn and the others: null when absent or unreadable, and then not checked
     * @return one problem per field at most, the window first
     */
    public List<Problem> check(LocalDate receivedOn, LocalDate registeredOn, LocalDate actAdoptedOn, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        boolean receiptBelievable = receivedOn != null && within(receivedOn);
        if (receivedOn != null && !receiptBelievable) {
            problems.add(new Problem(Field.RECEIVED_ON, Kind.OUTSIDE_WINDOW));
        }
        check(Field.REGISTERED_ON, registeredOn, receiptBelievable ? receivedOn : null, problems);
        check(Field.FAVORABLE_ACT_ADOPTED_ON, actAdoptedOn, receiptBelievable ? receivedOn : null, problems);
        check(Field.AS_OF, asOf, receiptBelievable ? receivedOn : null, problems);
        return List.copyOf(problems);
    }

    private void check(Field field, LocalDate date, LocalDate receivedOn, List<Problem> problems) {
        if (date == null) {
            return;
        }
        if (!within(date)) {
            problems.add(new Problem(field, Kind.OUTSIDE_WINDOW));
        } else if (receivedOn != null && date.isBefore(receivedOn)) {
            problems.add(new Problem(field, Kind.BEFORE_RECEIPT));
        }
    }

    private boolean within(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest);
    }
}

package kz.shagym.inforce;

import java.time.LocalDate;
import kz.shagym.rules.ComplaintFacts;

/**
 * Which date of a complaint picks the table rows in force: the law in force on the day it arrived
 * (the default), or, when a rule set's parameter says so, on the day it was registered.
 */
public enum LawInForceBy {
    RECEIPT,
    REGISTRATION;

    public LocalDate dateOf(ComplaintFacts facts) {
        return this == RECEIPT ? facts.receivedOn() : facts.registeredOn();
    }

    /**
     * The same date as the generated rules read it: a number yyyymmdd of {@link ComplaintFacts}
     * ({@link ComplaintFacts#dateNumber}), so a row's period is one constraint on the one fact: a separate
     * date fact would add a join to every row, whose cost grows with the table as the old not-guards did.
     */
    public String factInRules() {
        return this == RECEIPT ? "receivedOnNumber" : "registeredOnNumber";
    }
}

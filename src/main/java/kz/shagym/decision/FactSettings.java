package kz.shagym.decision;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which complaint dates are believable (the product owner's ruling 4): a date outside the window is a
 * typing error or a probe, not a complaint, and answering it gives deadlines such as {@code +10000-01-07}.
 *
 * @param earliestDate the first day any date of a complaint may be
 * @param latestDate the last day any date of a complaint may be
 */
@ConfigurationProperties("shagym.facts")
record FactSettings(@DefaultValue("2000-01-01") LocalDate earliestDate, @DefaultValue("2100-12-31") LocalDate latestDate) {

    FactSettings {
        if (latestDate.isBefore(earliestDate)) {
            throw new IllegalArgumentException("shagym.facts.latest-date is before shagym.facts.earliest-date");
        }
    }
}

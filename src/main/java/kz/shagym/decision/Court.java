package kz.shagym.decision;

import java.time.LocalDate;

/**
 * May the complainant go to court.
 *
 * @param allowedFrom the first day court is open, when the rules can say it (a deemed refusal)
 */
public record Court(boolean allowed, String reason, LocalizedText reasonText, LocalDate allowedFrom) {
}

package kz.shagym.rules;

import java.time.LocalDate;

/**
 * Whether court is open, and on which ground.
 *
 * @param ground a stable code: PRE_TRIAL_COMPLETED, DIRECT_BY_LAW, DEEMED_REFUSAL, PRE_TRIAL_PENDING, RESOLVED
 */
public record CourtAccess(boolean allowed, String ground, String reasonRu, String reasonKk, String reasonEn,
        LocalDate allowedFrom) {
}

package kz.shagym.decision;

import java.time.LocalDate;
import kz.shagym.rules.RuleStatus;

/**
 * Something the caller should know about the answer, with a stable code and what it names.
 *
 * @param rowId the table row the warning names (e.g. "R15"), or null
 * @param rule the explanation's rule it names (e.g. "Routing row 21 (R18)"), or null
 * @param source where that row or rule lives, or null
 * @param date the calendar day it names, or null
 * @param status the status of what it names (ASSUMPTION, UNVERIFIED), or null
 */
public record Warning(String code, LocalizedText text, String rowId, String rule, RuleSource source,
        LocalDate date, RuleStatus status) {

    public Warning(String code, LocalizedText text) {
        this(code, text, null, null, null, null, null);
    }
}

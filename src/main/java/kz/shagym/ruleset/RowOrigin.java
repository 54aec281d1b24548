package kz.shagym.ruleset;

import kz.shagym.rules.RuleStatus;

/** The table row a generated rule came from, with what the answer shows about it. */
public record RowOrigin(String file, String sheet, int row, String id, String legalBasis, RuleStatus status,
        String textRu, String textKk) {
}

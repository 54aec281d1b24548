package kz.shagym.ruleset;

import kz.shagym.inforce.Period;
import kz.shagym.rules.RuleStatus;

/** The table row a generated rule came from, with what the answer shows about it, and the days it is in force. */
public record RowOrigin(String file, String sheet, int row, String id, String legalBasis, RuleStatus status,
        String textRu, String textKk, String legalBasisKk, String legalBasisEn, Period inForce) {

    /** Rows without a Kazakh or English legal basis show the one the row has. */
    public RowOrigin {
        legalBasisKk = legalBasisKk == null || legalBasisKk.isBlank() ? legalBasis : legalBasisKk;
        legalBasisEn = legalBasisEn == null || legalBasisEn.isBlank() ? legalBasis : legalBasisEn;
    }
}

package kz.shagym.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.shagym.inforce.Period;
import kz.shagym.rules.RuleStatus;

/**
 * One table row or rule that decided part of the answer, where it lives, its legal basis, and what
 * it means in words.
 *
 * @param rule the rule's name, as the audit records it (e.g. "Routing row 4 (R01)")
 * @param legalBasis the legal basis as the row or rule writes it (kept for existing clients)
 * @param label the rule's name in Russian, Kazakh and English
 * @param legalBasisText the legal basis in Russian, Kazakh and English
 * @param status how firmly the row or rule rests on the seed text; null for a rule that adds no
 *     reading of its own (it counts what a row decided)
 * @param inForce for a table row, the days it is in force (blank bounds open), which held the answer's
 *     {@code lawInForceOn}; null for a rule of {@code rules/*.drl}
 */
public record Explanation(String rule, RuleSource source, String legalBasis, LocalizedText text,
        LocalizedText label, LocalizedText legalBasisText, RuleStatus status,
        @Schema(description = "For a table row: its period of force, validFrom and validTo (inclusive; null = open);"
                + " null for a DRL rule", nullable = true)
        Period inForce) {

    public Explanation(String rule, RuleSource source, String legalBasis, LocalizedText text,
            LocalizedText label, LocalizedText legalBasisText, RuleStatus status) {
        this(rule, source, legalBasis, text, label, legalBasisText, status, null);
    }

    public Explanation(String rule, RuleSource source, String legalBasis, LocalizedText text) {
        this(rule, source, legalBasis, text, new LocalizedText(rule, rule, rule),
                new LocalizedText(legalBasis, legalBasis, legalBasis), null);
    }
}

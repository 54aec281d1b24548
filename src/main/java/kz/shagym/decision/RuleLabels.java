package kz.shagym.decision;

import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableRule;
import kz.shagym.ruleset.tables.TableKind;
import org.kie.api.definition.rule.Rule;

/**
 * How a rule and its legal basis are named wherever they are shown (explanations, warnings, the
 * trace, scenario coverage), so that one table row or DRL rule reads the same in all of them.
 */
public final class RuleLabels {

    private RuleLabels() {
    }

    /** The rule's name as the audit records it: "Routing row 4 (R01)". */
    public static String name(TableRule rule) {
        return name(rule.name(), rule.origin());
    }

    static String name(String ruleName, RowOrigin o) {
        return ruleName + " (" + o.id() + ")";
    }

    /** The row in three languages ("Маршрутизация жалоб, строка 4 (R01)"); the English one is the name. */
    public static LocalizedText of(TableRule rule) {
        return of(name(rule), rule.origin());
    }

    static LocalizedText of(String name, RowOrigin o) {
        TableKind kind = TableKind.byFileName(o.file()).orElseThrow();
        return new LocalizedText(kind.titleRu() + ", строка " + o.row() + " (" + o.id() + ")",
                kind.titleKk() + ", " + o.row() + "-жол (" + o.id() + ")", name);
    }

    /** A table row's legal basis in three languages; the Russian one is the cell as written. */
    public static LocalizedText legalBasis(RowOrigin o) {
        return new LocalizedText(o.legalBasis(), o.legalBasisKk(), o.legalBasisEn());
    }

    /** A rule of {@code rules/*.drl} in three languages, from its metadata; the English one is its name. */
    public static LocalizedText of(Rule rule) {
        String name = rule.getName();
        return new LocalizedText(meta(rule, "labelRu", name), meta(rule, "labelKk", name), name);
    }

    /**
     * A DRL rule's legal basis in three languages: {@code @legalBasis} is English, {@code @legalBasisRu}
     * and {@code @legalBasisKk} the others (each falls back to the English); null when it cites none.
     */
    public static LocalizedText legalBasis(Rule rule) {
        String basis = meta(rule, "legalBasis", null);
        return basis == null ? null
                : new LocalizedText(meta(rule, "legalBasisRu", basis), meta(rule, "legalBasisKk", basis), basis);
    }

    private static String meta(Rule rule, String key, String otherwise) {
        Object value = rule.getMetaData().get(key);
        return value == null ? otherwise : String.valueOf(value);
    }
}

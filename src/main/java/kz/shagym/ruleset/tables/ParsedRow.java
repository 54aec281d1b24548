package kz.shagym.ruleset.tables;

import java.util.Map;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.RowOrigin;

/**
 * One data row that passed its cell checks.
 *
 * @param row the 1-based Excel row number, as a lawyer sees it
 * @param values typed values by column key; blank cells are absent
 * @param cells the A1 reference of each column's cell in this row
 * @param display each non-blank cell as Excel shows it, for diffs and the workbench grid
 */
public record ParsedRow(int row, Map<String, Object> values, Map<String, String> cells, Map<String, String> display) {

    @SuppressWarnings("unchecked")
    public <T> T get(String key) {
        return (T) values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public String cell(String key) {
        return cells.get(key);
    }

    /** This row as the origin of the rule generated from it, with what the answer shows about it. */
    RowOrigin origin(String file, String sheet) {
        return new RowOrigin(file, sheet, row, get("id"), get("legalBasis"), get("status"), get("textRu"), get("textKk"),
                get("legalBasisKk"), get("legalBasisEn"), period());
    }

    /** The days this row is in force; always, for tables without the period columns. */
    Period period() {
        return new Period(get("validFrom"), get("validTo"));
    }

    /** "R01 (Q4)": the row by its id and one of its cells, for a message that must name both rows. */
    String named(String key) {
        return get("id") + " (" + (cells.containsKey(key) ? cell(key) : cell("id")) + ")";
    }
}

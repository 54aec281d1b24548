package kz.shagym.ruleset;

import java.util.Map;

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
}

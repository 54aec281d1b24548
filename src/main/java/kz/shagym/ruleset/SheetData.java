package kz.shagym.ruleset;

import java.util.List;
import java.util.Map;

/**
 * A sheet's data rows as Excel shows them, keyed for comparison between versions (by row id, or
 * by date in the calendar, by name in the parameters).
 */
public record SheetData(String file, String sheet, List<String> columnKeys, List<String> headers, List<RowData> rows) {

    public SheetData {
        columnKeys = List.copyOf(columnKeys);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One row: its Excel number, its comparison key and its cells' display text by column key. */
    public record RowData(int row, String key, Map<String, String> cells) {

        public RowData {
            cells = Map.copyOf(cells);
        }
    }
}

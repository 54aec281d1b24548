package kz.shagym.ruleset.tables;

import java.util.List;
import kz.shagym.xlsx.SheetRowCount;

/**
 * The tables' row-count guard: a sheet with more rows than a table may hold is found by streaming its
 * XML ({@link SheetRowCount}) before POI builds the workbook, which would take gigabytes for a million rows.
 */
public final class SheetRowLimit {

    /** The rows a sheet may have: the title, hint and header rows, then the data rows. */
    static final int MAX_SHEET_ROWS = SheetSchema.FIRST_DATA_ROW + SheetReader.MAX_ROWS;

    private SheetRowLimit() {
    }

    /** Whether a sheet of this workbook has more rows than any table may (the workbench then draws no grid). */
    public static boolean exceeded(byte[] xlsx) {
        return !sheetsOver(xlsx, MAX_SHEET_ROWS).isEmpty();
    }

    /** The names of the sheets with more than {@code maxRows} rows, in workbook order. */
    static List<String> sheetsOver(byte[] xlsx, int maxRows) {
        return SheetRowCount.sheetsOver(xlsx, maxRows);
    }
}

package kz.shagym.printout;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Where each schema column stands in a sheet, found as the table reader finds it: by the key in brackets at
 * the end of its heading. A stored table may order its columns otherwise than the schema, or lack an optional
 * one, so nothing here assumes the schema's order.
 */
final class SheetColumns {

    private static final Pattern KEY_IN_BRACKETS = Pattern.compile("\\(([A-Za-z]+)\\)\\s*$");

    private SheetColumns() {
    }

    /** Column index → the schema column whose key its heading names; headings without a known key are left out. */
    static Map<Integer, Column> of(Sheet sheet, SheetSchema schema) {
        Map<Integer, Column> found = new TreeMap<>();
        Row header = sheet.getRow(SheetSchema.HEADER_ROW);
        if (header == null) {
            return found;
        }
        for (Cell cell : header) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            Matcher key = KEY_IN_BRACKETS.matcher(cell.getStringCellValue());
            if (key.find()) {
                schema.column(key.group(1))
                        .filter(c -> !found.containsValue(c))
                        .ifPresent(c -> found.put(cell.getColumnIndex(), c));
            }
        }
        return found;
    }
}

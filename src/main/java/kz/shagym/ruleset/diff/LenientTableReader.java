package kz.shagym.ruleset.diff;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shagym.ruleset.tables.CellReader;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetReader;
import kz.shagym.ruleset.tables.SheetRowLimit;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.ruleset.tables.TableSetReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a table for comparison, not for use: every non-blank row with each cell as the strict
 * reader would show it, problems or not. The strict reader drops a row with a bad cell; a diff
 * must show that row with its bad value instead.
 */
final class LenientTableReader {

    /** Same header convention as {@link SheetReader}: the column key in brackets at the end. */

    /** A file that cannot be read as the table it is named after; the reason is for people. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    record SheetRows(SheetSchema schema, String keyColumn, List<ReadRow> rows) {
    }

    /** One row: its Excel number, comparison key, display text and A1 reference by column key. */
    record ReadRow(int row, String key, Map<String, String> values, Map<String, String> cells) {
    }

    private final CellReader cellReader = new CellReader();
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    List<SheetRows> read(TableKind kind, byte[] bytes) throws Unreadable {
        if (bytes.length > TableSetReader.MAX_FILE_BYTES) {
            throw new Unreadable("больше 10 МБ / over 10 MB");
        }
        if (SheetRowLimit.exceeded(bytes)) {
            throw new Unreadable("больше " + SheetReader.MAX_ROWS + " строк / over " + SheetReader.MAX_ROWS + " rows");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (!(workbook instanceof XSSFWorkbook)) {
                throw new Unreadable("не .xlsx / not .xlsx");
            }
            List<SheetRows> sheets = new ArrayList<>();
            for (SheetSchema schema : kind.sheets()) {
                sheets.add(read(workbook, schema));
            }
            return sheets;
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable("не читается как книга Excel / not readable as an Excel workbook");
        }
    }

    /** The rows of a side that does not have the file. */
    static List<SheetRows> empty(TableKind kind) {
        return kind.sheets().stream().map(s -> new SheetRows(s, s.keyColumn(), List.of())).toList();
    }

    private SheetRows read(Workbook workbook, SheetSchema schema) throws Unreadable {
        Sheet sheet = workbook.getSheet(schema.name());
        if (sheet == null) {
            throw new Unreadable("нет листа «" + schema.name() + "» / no sheet '" + schema.name() + "'");
        }
        String keyColumn = schema.keyColumn();
        Map<String, Integer> columns = header(sheet.getRow(SheetSchema.HEADER_ROW), schema);
        if (!columns.containsKey(keyColumn)) {
            throw new Unreadable("на листе «" + schema.name() + "» нет столбца (" + keyColumn + ") / sheet '"
                    + schema.name() + "' lacks the column (" + keyColumn + ")");
        }
        int last = Math.min(sheet.getLastRowNum(), SheetSchema.FIRST_DATA_ROW + SheetReader.MAX_ROWS);
        List<ReadRow> rows = new ArrayList<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        for (int r = SheetSchema.FIRST_DATA_ROW; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            for (Column column : schema.columns()) {
                Integer index = columns.get(column.key());
                if (index == null) {
                    continue;
                }
                cells.put(column.key(), new CellReference(r, index).formatAsString(false));
                String shown = cellReader.read(row.getCell(index), column).display();
                if (shown != null && !shown.isBlank()) {
                    values.put(column.key(), shown);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            String key = values.getOrDefault(keyColumn, "#" + (r + 1));
            int seen = seenKeys.merge(key, 1, Integer::sum);
            // A repeated id is a problem of its own; the diff still needs one key per row.
            rows.add(new ReadRow(r + 1, seen == 1 ? key : key + " (" + seen + ")", values, cells));
        }
        return new SheetRows(schema, keyColumn, rows);
    }

    private Map<String, Integer> header(Row header, SheetSchema schema) {
        Map<String, Integer> found = new HashMap<>();
        if (header == null) {
            return found;
        }
        for (Cell cell : header) {
            String key = SheetReader.keyOf(formatter.formatCellValue(cell).strip(), schema);
            if (key != null) {
                found.putIfAbsent(key, cell.getColumnIndex());
            }
        }
        return found;
    }
}

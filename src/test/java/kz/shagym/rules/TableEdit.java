package kz.shagym.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A shipped table with rows added, addressed by the column keys of the headings: the variant keeps
 * whatever columns the shipped table has, so it follows the shipped layout.
 */
final class TableEdit {

    private static final int HEADER_ROW = 2;
    private static final int FIRST_DATA_ROW = 3;
    private static final Pattern KEY = Pattern.compile("\\(([A-Za-z]+)\\)\\s*$");

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();

    private TableEdit(byte[] table) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = workbook.getSheetAt(0);
        DataFormatter format = new DataFormatter();
        for (Cell cell : sheet.getRow(HEADER_ROW)) {
            Matcher m = KEY.matcher(format.formatCellValue(cell));
            if (m.find()) {
                columns.put(m.group(1), cell.getColumnIndex());
            }
        }
    }

    static TableEdit of(byte[] table) {
        return new TableEdit(table);
    }

    /** Inserts a copy of the first data row at the top, with the given cells changed ("" blanks a cell). */
    TableEdit insertOnTop(Map<String, Object> changes) {
        int last = Math.max(sheet.getLastRowNum(), FIRST_DATA_ROW);
        Row template = sheet.getRow(FIRST_DATA_ROW);
        Map<Integer, Object> copied = new HashMap<>();
        template.forEach(c -> copied.put(c.getColumnIndex(), c.getCellType() == CellType.NUMERIC
                ? (Object) c.getNumericCellValue() : new DataFormatter().formatCellValue(c)));
        sheet.shiftRows(FIRST_DATA_ROW, last, 1);
        Row row = sheet.createRow(FIRST_DATA_ROW);
        copied.forEach((col, value) -> {
            if (value instanceof Double d) {
                row.createCell(col).setCellValue(d);
            } else if (!((String) value).isEmpty()) {
                row.createCell(col).setCellValue((String) value);
            }
        });
        set(row, changes);
        return this;
    }

    /** Appends a row holding only the given cells. */
    TableEdit append(Map<String, Object> cells) {
        int next = Math.max(sheet.getLastRowNum() + 1, FIRST_DATA_ROW);
        set(sheet.createRow(next), cells);
        return this;
    }

    private void set(Row row, Map<String, Object> cells) {
        cells.forEach((key, value) -> {
            Integer col = columns.get(key);
            if (col == null) {
                throw new IllegalArgumentException("no column " + key);
            }
            Cell cell = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            if (value instanceof Integer i) {
                cell.setCellValue(i);
            } else if ("".equals(value)) {
                row.removeCell(cell);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

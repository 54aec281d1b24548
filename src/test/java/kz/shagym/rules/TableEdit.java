package kz.shagym.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A shipped table with rows added, addressed by the column keys of the headings: the variant keeps
 * whatever columns the shipped table has, so it follows the shipped layout. Public for the tests of other
 * packages that need a lawyer's edit of a table (the impact candidates).
 */
public final class TableEdit {

    private static final int HEADER_ROW = 2;
    private static final int FIRST_DATA_ROW = 3;
    private static final Pattern KEY = Pattern.compile("\\(([A-Za-z]+)\\)\\s*$");

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();

    private TableEdit(byte[] table, String sheetName) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
        DataFormatter format = new DataFormatter();
        for (Cell cell : sheet.getRow(HEADER_ROW)) {
            Matcher m = KEY.matcher(format.formatCellValue(cell));
            if (m.find()) {
                columns.put(m.group(1), cell.getColumnIndex());
            }
        }
    }

    static TableEdit of(byte[] table) {
        return new TableEdit(table, null);
    }

    /** A sheet other than the first, e.g. the calendar's Parameters. */
    public static TableEdit of(byte[] table, String sheetName) {
        return new TableEdit(table, sheetName);
    }

    /** Adds the columns of a row's period of force after the last heading, as a lawyer would add them. */
    TableEdit withPeriods() {
        Row header = sheet.getRow(HEADER_ROW);
        for (String heading : new String[] {"Действует с (validFrom)", "Действует по (validTo)"}) {
            Matcher key = KEY.matcher(heading);
            key.find();
            if (columns.containsKey(key.group(1))) {
                continue; // the shipped tables carry the columns already
            }
            int col = header.getLastCellNum();
            header.createCell(col).setCellValue(heading);
            columns.put(key.group(1), col);
        }
        return this;
    }

    /** Changes cells of the row with this id. */
    public TableEdit change(String id, Map<String, Object> changes) {
        DataFormatter format = new DataFormatter();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            // rule tables are keyed by "id", the calendar's parameters by "name"
            Integer key = columns.containsKey("id") ? columns.get("id") : columns.get("name");
            if (row != null && id.equals(format.formatCellValue(row.getCell(key)))) {
                set(row, changes);
                return this;
            }
        }
        throw new IllegalArgumentException("no row " + id);
    }

    /**
     * The table as it reads on one day: rows not in force then are emptied (the reader skips them, the
     * others keep their row numbers) and the period cells of the rest are blanked.
     */
    TableEdit asOn(LocalDate day) {
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            LocalDate from = date(row.getCell(columns.get("validFrom")));
            LocalDate to = date(row.getCell(columns.get("validTo")));
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                sheet.removeRow(row);
            } else {
                set(row, Map.of("validFrom", "", "validTo", ""));
            }
        }
        return this;
    }

    private static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        return cell.getCellType() == CellType.NUMERIC ? cell.getLocalDateTimeCellValue().toLocalDate()
                : LocalDate.parse(cell.getStringCellValue());
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
            } else if (value instanceof LocalDate day) {
                // a real Excel date; a String "2026-01-01" stays text, and both must read as dates
                cell.setCellValue(day);
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                cell.setCellStyle(style);
            } else if ("".equals(value)) {
                row.removeCell(cell);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kz.shagym.ruleset.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.TableProblem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads one sheet against its schema: finds each column by the key in brackets in the header row,
 * then reads every data row cell by cell. All problems are collected; none stops the reading.
 */
public final class SheetReader {

    public static final int MAX_ROWS = 20_000;
    private static final Pattern KEY_IN_BRACKETS = Pattern.compile("\\(([A-Za-z]+)\\)\\s*$");

    private final CellReader cells = new CellReader();
    private final DataFormatter formatter = new DataFormatter();

    /**
     * The rows of a sheet that read cleanly. {@code everyRowRead} is false when a row was left out
     * for a problem already reported: checks over the whole sheet (coverage, missing rows) must then
     * not run, or they would report the left-out row as missing.
     */
    public record SheetContent(SheetSchema schema, List<ParsedRow> rows, int lastRow, boolean everyRowRead) {
    }

    public SheetContent read(Workbook workbook, String file, SheetSchema schema, List<TableProblem> problems) {
        Sheet sheet = workbook.getSheet(schema.name());
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            problems.add(ProblemKind.MISSING_SHEET.at(file, null, null, schema.name(), String.join(", ", names)));
            return null;
        }
        Map<String, Integer> columns = readHeader(sheet, file, schema, problems);
        if (columns == null) {
            return null;
        }
        int last = sheet.getLastRowNum();
        if (last - SheetSchema.FIRST_DATA_ROW >= MAX_ROWS) {
            problems.add(ProblemKind.TOO_MANY_ROWS.at(file, schema.name(), null, MAX_ROWS));
            return null;
        }
        List<ParsedRow> rows = new ArrayList<>();
        boolean everyRowRead = true;
        for (int r = SheetSchema.FIRST_DATA_ROW; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row, columns)) {
                continue;
            }
            ParsedRow parsed = readRow(row, r, file, schema, columns, problems);
            if (parsed != null) {
                rows.add(parsed);
            } else {
                everyRowRead = false;
            }
        }
        return new SheetContent(schema, rows, Math.max(last, SheetSchema.HEADER_ROW), everyRowRead);
    }

    private Map<String, Integer> readHeader(Sheet sheet, String file, SheetSchema schema, List<TableProblem> problems) {
        Row header = sheet.getRow(SheetSchema.HEADER_ROW);
        Map<String, Integer> found = new HashMap<>();
        int before = problems.size();
        if (header != null) {
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).strip();
                if (text.isEmpty()) {
                    continue;
                }
                String ref = new CellReference(cell).formatAsString(false);
                String key = keyOf(text, schema);
                if (key == null) {
                    List<String> keys = schema.columns().stream().map(Column::key).toList();
                    problems.add(ProblemKind.HEADER_UNKNOWN.at(file, schema.name(), ref, text, String.join(", ", keys)));
                } else if (found.containsKey(key)) {
                    String first = new CellReference(SheetSchema.HEADER_ROW, found.get(key)).formatAsString(false);
                    problems.add(ProblemKind.HEADER_DUPLICATE.at(file, schema.name(), ref, key, first));
                } else {
                    found.put(key, cell.getColumnIndex());
                }
            }
        }
        int nextFree = header == null ? 0 : Math.max(header.getLastCellNum(), 0);
        for (Column column : schema.columns()) {
            if (!found.containsKey(column.key()) && !column.headerOptional()) {
                String ref = new CellReference(SheetSchema.HEADER_ROW, nextFree).formatAsString(false);
                problems.add(ProblemKind.HEADER_MISSING.at(file, schema.name(), ref, column.header()));
            }
        }
        return problems.size() == before ? found : null;
    }

    /** The key in brackets, or the whole text when a lawyer dropped the brackets but kept the key or title. */
    public static String keyOf(String text, SheetSchema schema) {
        Matcher m = KEY_IN_BRACKETS.matcher(text);
        String candidate = m.find() ? m.group(1) : text;
        for (Column c : schema.columns()) {
            if (c.key().equals(candidate) || c.titleRu().equalsIgnoreCase(text)) {
                return c.key();
            }
        }
        return null;
    }

    private static boolean isBlank(Row row, Map<String, Integer> columns) {
        for (int index : columns.values()) {
            Cell cell = row.getCell(index);
            if (cell != null && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private ParsedRow readRow(Row row, int r, String file, SheetSchema schema, Map<String, Integer> columns,
            List<TableProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> refs = new LinkedHashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        boolean ok = true;
        for (Column column : schema.columns()) {
            Integer index = columns.get(column.key());
            if (index == null) {
                continue;
            }
            String ref = new CellReference(r, index).formatAsString(false);
            refs.put(column.key(), ref);
            CellReader.Result result = cells.read(row.getCell(index), column);
            if (result.display() != null) {
                display.put(column.key(), result.display());
            }
            if (result.failed()) {
                problems.add(result.problem().at(file, schema.name(), ref, result.args()));
                ok = false;
            } else if (result.value() == null && column.required()) {
                problems.add(ProblemKind.REQUIRED.at(file, schema.name(), ref, column.header()));
                ok = false;
            } else if (result.value() != null) {
                values.put(column.key(), result.value());
            }
        }
        Period period = new Period((LocalDate) values.get("validFrom"), (LocalDate) values.get("validTo"));
        if (ok && period.reversed()) {
            problems.add(ProblemKind.PERIOD_REVERSED.at(file, schema.name(), refs.get("validTo"), period.validTo(),
                    refs.get("validFrom"), period.validFrom()));
            ok = false;
        }
        return ok ? new ParsedRow(r + 1, values, refs, display) : null;
    }
}

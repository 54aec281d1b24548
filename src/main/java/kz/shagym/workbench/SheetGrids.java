package kz.shagym.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.shagym.inforce.Period;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.tables.SheetRowLimit;
import kz.shagym.ruleset.tables.SheetSchema;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a workbook into bounded grids, cell text as Excel shows it (formulas as their text, since
 * nothing is evaluated). Never throws on a bad file: an unreadable workbook has no grids, and the
 * checker's own problem for it is shown above.
 */
final class SheetGrids {

    private final int maxRows;
    private final int maxColumns;

    SheetGrids(int maxRows, int maxColumns) {
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    /**
     * @param problems the problems of this file (other files' problems are ignored)
     * @param changes the cells that changed, as "Sheet!B4", each with its old value (null when it was blank)
     * @return one grid per sheet, in workbook order; empty when the bytes are not a workbook
     */
    List<Grid> read(byte[] bytes, List<TableProblem> problems, Map<String, String> changes) {
        DataFormatter formatter = new DataFormatter();
        List<Grid> grids = new ArrayList<>();
        if (SheetRowLimit.exceeded(bytes)) {
            // refused by the row limit: its problem says so, and building it would take gigabytes
            return grids;
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                List<TableProblem> mine = problems.stream()
                        .filter(p -> sheet.getSheetName().equals(p.sheet()) && p.cell() != null).toList();
                grids.add(grid(sheet, s, mine, changes, formatter));
            }
        } catch (IOException | RuntimeException notAWorkbook) {
            return List.of();
        }
        return grids;
    }

    private Grid grid(Sheet sheet, int index, List<TableProblem> problems, Map<String, String> changes,
            DataFormatter formatter) {
        Map<String, List<TableProblem>> byCell = new LinkedHashMap<>();
        for (TableProblem p : problems) {
            byCell.computeIfAbsent(normalised(p.cell()), c -> new ArrayList<>()).add(p);
        }
        int lastRow = Math.max(sheet.getLastRowNum(), maxProblemRow(byCell.keySet()));
        int rowCount = Math.min(lastRow + 1, maxRows);
        int columnCount = 0;
        for (int r = 0; r < rowCount; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                columnCount = Math.max(columnCount, row.getLastCellNum());
            }
        }
        columnCount = Math.max(columnCount, maxProblemColumn(byCell.keySet()) + 1);
        boolean moreColumns = columnCount > maxColumns;
        columnCount = Math.min(columnCount, maxColumns);

        List<String> columns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            columns.add(CellReference.convertNumToColString(c));
        }
        List<Grid.Row> rows = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        Map<String, Integer> periodColumns = periodColumns(sheet.getRow(SheetSchema.HEADER_ROW), formatter);
        for (int r = 0; r < rowCount; r++) {
            Row row = sheet.getRow(r);
            List<Grid.Cell> cells = new ArrayList<>();
            List<Grid.Cell> bad = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                String ref = columns.get(c) + (r + 1);
                org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(c);
                String text = cell == null ? "" : formatter.formatCellValue(cell);
                String key = sheet.getSheetName() + "!" + ref;
                Grid.Cell gridCell = new Grid.Cell(ref, text, byCell.getOrDefault(ref, List.of()),
                        changes.containsKey(key), changes.get(key));
                cells.add(gridCell);
                if (gridCell.bad()) {
                    bad.add(gridCell);
                    shown.add(ref);
                }
            }
            rows.add(new Grid.Row(r + 1, cells, bad, r < SheetSchema.FIRST_DATA_ROW ? null : period(row, periodColumns)));
        }
        List<TableProblem> outside = problems.stream().filter(p -> !shown.contains(normalised(p.cell()))).toList();
        return new Grid(sheet.getSheetName(), index, columns, rows, lastRow + 1 > maxRows, moreColumns, problems, outside);
    }

    /** The columns headed "… (validFrom)" and "… (validTo)", by key; empty when the sheet has neither. */
    private static Map<String, Integer> periodColumns(Row header, DataFormatter formatter) {
        Map<String, Integer> found = new LinkedHashMap<>();
        if (header != null) {
            header.forEach(cell -> {
                String text = formatter.formatCellValue(cell).strip();
                for (String key : List.of("validFrom", "validTo")) {
                    if (text.endsWith("(" + key + ")")) {
                        found.put(key, cell.getColumnIndex());
                    }
                }
            });
        }
        return found;
    }

    /** The row's period, or null when a period cell holds something that is not a date (its problem says so). */
    private static Period period(Row row, Map<String, Integer> columns) {
        if (row == null || columns.isEmpty()) {
            return null;
        }
        org.apache.poi.ss.usermodel.Cell from = cell(row, columns.get("validFrom"));
        org.apache.poi.ss.usermodel.Cell to = cell(row, columns.get("validTo"));
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        boolean unreadable = (fromDate == null && !blank(from)) || (toDate == null && !blank(to));
        return unreadable ? null : new Period(fromDate, toDate);
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Row row, Integer column) {
        return column == null ? null : row.getCell(column);
    }

    private static boolean blank(org.apache.poi.ss.usermodel.Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** A period cell as the tables' reader takes it: an Excel date, or text 2026-01-01 or 01.01.2026. */
    private static LocalDate date(org.apache.poi.ss.usermodel.Cell cell) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell != null && cell.getCellType() == CellType.STRING) {
            for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.uuuu"))) {
                try {
                    return LocalDate.parse(cell.getStringCellValue().strip(), format);
                } catch (DateTimeParseException notThisFormat) {
                    // try the next
                }
            }
        }
        return null;
    }

    private static String normalised(String cell) {
        return Objects.requireNonNull(cell).replace("$", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static int maxProblemRow(Iterable<String> refs) {
        int max = -1;
        for (String ref : refs) {
            max = Math.max(max, parse(ref).getRow());
        }
        return max;
    }

    private static int maxProblemColumn(Iterable<String> refs) {
        int max = -1;
        for (String ref : refs) {
            max = Math.max(max, parse(ref).getCol());
        }
        return max;
    }

    private static CellReference parse(String ref) {
        try {
            return new CellReference(ref);
        } catch (RuntimeException notAReference) {
            return new CellReference(0, 0);
        }
    }
}

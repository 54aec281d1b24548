package kz.shagym.workbench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.ruleset.tables.SheetRowLimit;
import org.apache.poi.ss.usermodel.DataFormatter;
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
            rows.add(new Grid.Row(r + 1, cells, bad));
        }
        List<TableProblem> outside = problems.stream().filter(p -> !shown.contains(normalised(p.cell()))).toList();
        return new Grid(sheet.getSheetName(), index, columns, rows, lastRow + 1 > maxRows, moreColumns, problems, outside);
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

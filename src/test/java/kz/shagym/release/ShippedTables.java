package kz.shagym.release;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The repository's own tables with one cell changed, as a lawyer would change it in Excel. The
 * periods used by the release tests:
 * <ul>
 * <li>T06 (received by the informatization body): scenarios reach it but pin no period (the text gives
 * none), so 5 → 7 is accepted;</li>
 * <li>T01 (received by the service provider): thirteen scenarios (S01 among them) pin its deadlines,
 * so 5 → 7 fails them.</li>
 * </ul>
 */
final class ShippedTables {

    static final Path RULES = Path.of("rules");
    static final Path TABLES = Path.of("decision-tables");
    static final String TIME_LIMITS = "time-limits.drl.xlsx";
    static final String TIME_LIMITS_PATH = "decision-tables/" + TIME_LIMITS;
    static final String SCENARIOS = "scenarios.xlsx";

    private static final Map<String, byte[]> EDITED = new ConcurrentHashMap<>();

    private ShippedTables() {
    }

    /**
     * The shipped time-limits table with the review period of row {@code rowId} set to {@code days}.
     * The same change gives the same bytes for the whole run (a workbook written again would differ in
     * its zip timestamps, and so be another version).
     */
    static byte[] timeLimitsWithReviewDays(String rowId, int days) {
        return edited(TIME_LIMITS, "TimeLimits", rowId, "(reviewWorkingDays)", days);
    }

    /** The shipped scenarios with the description of scenario {@code id} reworded: content that passes. */
    static byte[] scenariosWithDescription(String id, String description) {
        return edited(SCENARIOS, "Scenarios", id, "(description)", description);
    }

    static byte[] withReviewDays(byte[] timeLimits, String rowId, int days) {
        return withCell(timeLimits, "TimeLimits", rowId, "(reviewWorkingDays)", days);
    }

    private static byte[] edited(String file, String sheet, String rowId, String columnKey, Object value) {
        return EDITED.computeIfAbsent(file + "/" + rowId + "/" + columnKey + "=" + value, key -> {
            try {
                return withCell(Files.readAllBytes(TABLES.resolve(file)), sheet, rowId, columnKey, value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).clone();
    }

    /** The cell in the row whose id is {@code rowId}, under the header that holds {@code columnKey}. */
    private static byte[] withCell(byte[] table, String sheetName, String rowId, String columnKey, Object value) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(table))) {
            Sheet sheet = workbook.getSheet(sheetName);
            Cell cell = rowWithId(sheet, rowId).getCell(columnOf(sheet, columnKey));
            if (value instanceof Integer number) {
                if (cell.getCellType() != CellType.NUMERIC) {
                    throw new IllegalStateException(rowId + " " + columnKey + " is not a number cell: " + cell.getCellType());
                }
                cell.setCellValue(number);
            } else {
                cell.setCellValue((String) value);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int columnOf(Sheet sheet, String key) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(key)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new IllegalStateException("no column " + key + " on sheet " + sheet.getSheetName());
    }

    private static Row rowWithId(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && id.equals(first.getStringCellValue().trim())) {
                return row;
            }
        }
        throw new IllegalStateException("no row " + id + " on sheet " + sheet.getSheetName());
    }
}

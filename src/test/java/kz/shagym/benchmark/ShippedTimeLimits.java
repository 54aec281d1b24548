package kz.shagym.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import kz.shagym.ruleset.RuleSetSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shipped set with one row's review period changed, as a lawyer would in Excel. */
final class ShippedTimeLimits {

    static final String PATH = "decision-tables/time-limits.drl.xlsx";

    private ShippedTimeLimits() {
    }

    static RuleSetSource withReviewDays(RuleSetSource set, String rowId, int days) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(set.files().get(PATH)))) {
            Sheet sheet = workbook.getSheet("TimeLimits");
            int column = -1;
            Row target = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith("(reviewWorkingDays)")) {
                        column = cell.getColumnIndex();
                    }
                }
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && rowId.equals(first.getStringCellValue().trim())) {
                    target = row;
                }
            }
            target.getCell(column).setCellValue(days);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return set.with(PATH, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package kz.shagym.printout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.BrokenTables;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Served workbooks as a test reads them: opened with POI, with the validations of one column found by its key. */
final class ServedWorkbooks {

    static final String VERSION = "40e3c2d3f2ec04e0093f45c9d58999d282d1fa7a05b8f475cee534bf03df4791";
    static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

    private ServedWorkbooks() {
    }

    /** The shipped table of this kind, as the workbench serves it for print and editing. */
    static byte[] printableShipped(TableKind kind, String lang) {
        return WorkbookDressing.dress(kind, BrokenTables.shipped().files().get(kind.path()),
                new PrintLabel(kind.fileName(), VERSION, lang));
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validations that cover the column's whole data range, from row 4 to Excel's last row. */
    static List<XSSFDataValidation> validationsOf(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream().anyMatch(r -> covers(r, column)))
                .toList();
    }

    private static boolean covers(CellRangeAddress range, int column) {
        return range.getFirstColumn() <= column && column <= range.getLastColumn()
                && range.getFirstRow() == SheetSchema.FIRST_DATA_ROW && range.getLastRow() == LAST_ROW;
    }

    /** Column index → schema column, read from the heading row as the service reads it. */
    static Map<Integer, Column> columns(XSSFSheet sheet, SheetSchema schema) {
        Map<Integer, Column> columns = SheetColumns.of(sheet, schema);
        assertThat(columns.values()).as(sheet.getSheetName()).isNotEmpty();
        return columns;
    }
}

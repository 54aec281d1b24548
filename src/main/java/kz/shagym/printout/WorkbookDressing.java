package kz.shagym.printout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Dresses a table's workbook for people: the schema's refusing drop-downs and prompts ({@link CellRules}) and
 * its page layout ({@link PageLayout}) on every sheet. Only styles, widths, heights, validations and print
 * settings change; no cell's value does, so the dressed file reads back as the same rows.
 */
final class WorkbookDressing {

    private WorkbookDressing() {
    }

    /**
     * The same workbook, dressed. Only for bytes the service made or stored after checking them: the caller
     * makes sure of that (the table reader has already opened them under its limits).
     */
    static byte[] dress(TableKind kind, byte[] xlsx, PrintLabel label) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            dress(workbook, kind, label);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void dress(XSSFWorkbook workbook, TableKind kind, PrintLabel label) {
        WrappedStyles styles = new WrappedStyles(workbook);
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            Optional<SheetSchema> schema = kind.sheets().stream()
                    .filter(candidate -> candidate.name().equals(sheet.getSheetName())).findFirst();
            if (schema.isPresent()) {
                Map<Integer, Column> columns = SheetColumns.of(sheet, schema.get());
                CellRules.apply(sheet, columns);
                PageLayout.table(sheet, columns, styles);
            } else {
                PageLayout.other(sheet, styles);
            }
            PageLayout.print(sheet, label, schema.isPresent());
        }
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

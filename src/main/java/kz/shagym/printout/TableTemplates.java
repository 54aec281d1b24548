package kz.shagym.printout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.ColumnType;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes tables in the layout the service reads: title, hint, headers, data, and a notes sheet that
 * explains every column, dressed as every served table is ({@link WorkbookDressing}: drop-downs that
 * refuse other values, page layout). Makes the empty templates that analysts download, and a set of rows
 * written out.
 */
final class TableTemplates {

    static final String NOTES_SHEET = "Пояснения (Notes)";
    private static final int NOTES_COLUMNS = 7;

    /** An empty table of this kind: header rows in place, no data rows; its footer in {@code lang}. */
    byte[] emptyTemplate(TableKind kind, String lang) {
        return write(kind, Map.of(), lang);
    }

    /**
     * A table of this kind holding the given rows: per sheet name, one map per row from column key
     * to value ({@code String}, {@code Integer}, {@code Boolean}, {@code LocalDate}, an enum, or a
     * {@code List} of enums).
     */
    byte[] write(TableKind kind, Map<String, List<Map<String, Object>>> rowsBySheet, String lang) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            for (SheetSchema schema : kind.sheets()) {
                writeSheet(wb, styles, schema, rowsBySheet.getOrDefault(schema.name(), List.of()));
            }
            writeNotes(wb, styles, kind);
            WorkbookDressing.dress(wb, kind, PrintLabel.template(kind.fileName(), lang));
            return WorkbookDressing.bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle title, CellStyle hint, CellStyle header, CellStyle date, CellStyle text) {

        Styles(XSSFWorkbook wb) {
            this(style(wb, 14, true, false), style(wb, 10, false, true), header(wb), date(wb), wrap(wb));
        }

        private static CellStyle style(XSSFWorkbook wb, int size, boolean bold, boolean italic) {
            CellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontHeightInPoints((short) size);
            f.setBold(bold);
            f.setItalic(italic);
            s.setFont(f);
            return s;
        }

        private static CellStyle header(XSSFWorkbook wb) {
            CellStyle s = style(wb, 10, true, false);
            s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setWrapText(true);
            return s;
        }

        private static CellStyle date(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            return s;
        }

        private static CellStyle wrap(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            return s;
        }
    }

    private static void writeSheet(XSSFWorkbook wb, Styles styles, SheetSchema schema, List<Map<String, Object>> rows) {
        Sheet sheet = wb.createSheet(schema.name());
        List<Column> columns = schema.columns();
        Cell title = sheet.createRow(SheetSchema.TITLE_ROW).createCell(0);
        title.setCellValue(schema.titleRu());
        title.setCellStyle(styles.title());
        Cell hint = sheet.createRow(SheetSchema.HINT_ROW).createCell(0);
        hint.setCellValue(schema.hintRu());
        hint.setCellStyle(styles.hint());
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(SheetSchema.HINT_ROW, SheetSchema.HINT_ROW, 0, columns.size() - 1));
        }
        Row header = sheet.createRow(SheetSchema.HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header());
            if (columns.get(c).type() == ColumnType.DATE) {
                // a date typed into the column shows as the reader's ISO form, whatever Excel's locale
                sheet.setDefaultColumnStyle(c, styles.date());
            }
        }
        sheet.createFreezePane(1, SheetSchema.FIRST_DATA_ROW);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(SheetSchema.FIRST_DATA_ROW + r);
            Map<String, Object> values = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                setValue(row.createCell(c), values.get(columns.get(c).key()), styles);
            }
        }
    }

    private static void setValue(Cell cell, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value instanceof Integer i) {
            cell.setCellValue(i);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b ? "Да" : "Нет");
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date());
        } else if (value instanceof Enum<?> e) {
            cell.setCellValue(e.name());
        } else if (value instanceof List<?> list) {
            cell.setCellValue(String.join(", ", list.stream().map(String::valueOf).toList()));
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.text());
        }
    }

    private static void writeNotes(XSSFWorkbook wb, Styles styles, TableKind kind) {
        Sheet notes = wb.createSheet(NOTES_SHEET);
        int r = 0;
        Cell title = notes.createRow(r++).createCell(0);
        title.setCellValue(kind.titleRu() + " / " + kind.titleKk());
        title.setCellStyle(styles.title());
        notes.createRow(r++).createCell(0).setCellValue("Файл должен называться «" + kind.fileName()
                + "». Строки 1–3 — заголовок; данные с 4-й строки. Ключ в скобках в заголовке столбца не меняйте.");
        for (SheetSchema schema : kind.sheets()) {
            r++;
            Row sheetRow = notes.createRow(r++);
            sheetRow.createCell(0).setCellValue("Лист «" + schema.name() + "»: " + schema.hintRu());
            sheetRow.getCell(0).setCellStyle(styles.header());
            // across the table below it, so that the sentence wraps in the width of the page, not of column A
            notes.addMergedRegion(new CellRangeAddress(sheetRow.getRowNum(), sheetRow.getRowNum(), 0, NOTES_COLUMNS - 1));
            Row head = notes.createRow(r++);
            String[] heads = {"Столбец", "Ключ", "Қазақша", "Тип", "Обязателен", "Допустимые значения", "Пояснение"};
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(heads[i]);
                head.getCell(i).setCellStyle(styles.header());
            }
            for (Column column : schema.columns()) {
                Row row = notes.createRow(r++);
                row.createCell(0).setCellValue(column.titleRu());
                row.createCell(1).setCellValue(column.key());
                row.createCell(2).setCellValue(column.titleKk());
                row.createCell(3).setCellValue(typeRu(column));
                row.createCell(4).setCellValue(column.required() ? "да" : "нет");
                row.createCell(5).setCellValue(String.join(", ", column.allowedValues()));
                row.createCell(6).setCellValue(column.noteRu());
            }
        }
        int[] widths = {34, 24, 34, 22, 12, 50, 60}; // NOTES_COLUMNS of them
        for (int i = 0; i < widths.length; i++) {
            notes.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static String typeRu(Column column) {
        return switch (column.type()) {
            case ID -> "код строки";
            case ENUM -> "код из списка";
            case ENUM_LIST -> "коды через запятую";
            case BOOLEAN -> "Да / Нет";
            case INTEGER -> "целое " + column.min() + "–" + column.max();
            case DATE -> "дата";
            case TEXT -> "текст";
            case SERVICE_CODE -> "код услуги";
        };
    }
}

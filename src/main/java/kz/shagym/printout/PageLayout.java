package kz.shagym.printout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.SheetSchema;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How a sheet lies on paper: A4 landscape, one page wide, the three heading rows on every page, and a footer
 * naming the file, the version and the page. Columns get widths by their type, and headings and long texts
 * wrap, with row heights set to the lines they need: Excel does not grow a row for wrapped text by itself
 * once the row has a height, and a merged row never.
 */
final class PageLayout {

    /** A line of text takes its font size and a fifth; measured on Calibri 11 (Carlito) as LibreOffice prints it. */
    private static final double LINE_HEIGHT_PER_POINT = 1.22;
    /** Bold letters are wider: a bold heading fits fewer of them to a line. */
    private static final double BOLD_WIDTH = 1.15;

    private PageLayout() {
    }

    /** A table sheet: widths by column type, headings and data wrapped where they need it. */
    static void table(XSSFSheet sheet, Map<Integer, Column> columns, WrappedStyles styles) {
        columns.forEach((index, column) -> sheet.setColumnWidth(index, width(column) * 256));
        wrapMergedHint(sheet, styles);
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        fitHeight(sheet, sheet.getRow(SheetSchema.HINT_ROW), merged);
        for (XSSFRow row : rows(sheet, SheetSchema.HEADER_ROW)) {
            boolean header = row.getRowNum() == SheetSchema.HEADER_ROW;
            for (XSSFCell cell : cells(row)) {
                if (header || columns.containsKey(cell.getColumnIndex())) {
                    wrap(cell, styles, header);
                }
            }
            fitHeight(sheet, row, merged);
        }
    }

    /** Any other sheet (the notes): a text that would run into its neighbour wraps instead. */
    static void other(XSSFSheet sheet, WrappedStyles styles) {
        List<CellRangeAddress> merged = sheet.getMergedRegions();
        for (XSSFRow row : rows(sheet, 0)) {
            for (XSSFCell cell : cells(row)) {
                XSSFCell next = row.getCell(cell.getColumnIndex() + 1);
                if (next != null && next.getCellType() != CellType.BLANK) {
                    wrap(cell, styles, true);
                }
            }
            fitHeight(sheet, row, merged);
        }
    }

    /** Paper, scale, repeated headings and the footer. */
    static void print(XSSFSheet sheet, PrintLabel label, boolean table) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        if (table) {
            sheet.setPrintGridlines(true);
            sheet.setRepeatingRows(new CellRangeAddress(SheetSchema.TITLE_ROW, SheetSchema.HEADER_ROW, -1, -1));
        }
        for (HeaderFooter footer : new HeaderFooter[] {
                sheet.getOddFooter(), sheet.getEvenFooter(), sheet.getFirstFooter()}) {
            footer.setLeft("&8 " + escaped(label.fileName()) + " › &A");
            footer.setCenter("&8 " + escaped(label.versionLine()));
            footer.setRight("&8 " + label.excelPage());
        }
    }

    /**
     * Width in characters: as narrow as a column's values allow, since the whole sheet is scaled to one page
     * wide, yet never narrower than the longest word of its Russian heading (the key in brackets may break).
     */
    static int width(Column column) {
        int byType = switch (column.type()) {
            case ID -> 7;
            case BOOLEAN, INTEGER -> 9;
            case DATE -> 11;
            case SERVICE_CODE -> 12;
            case ENUM -> Math.max(9, Math.min(20, longestCode(column) + 1));
            case ENUM_LIST -> 20;
            case TEXT -> column.key().startsWith("text") || column.key().equals("description") ? 30 : 20;
        };
        return Math.max(byType, longestWord(column.titleRu()) + 2);
    }

    private static int longestCode(Column column) {
        return column.allowedValues().stream().mapToInt(String::length).max().orElse(0);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    private static void wrapMergedHint(XSSFSheet sheet, WrappedStyles styles) {
        XSSFRow hint = sheet.getRow(SheetSchema.HINT_ROW);
        if (hint == null || hint.getCell(0) == null) {
            return;
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(SheetSchema.HINT_ROW, 0) && merged.getFirstRow() == merged.getLastRow()) {
                wrap(hint.getCell(0), styles, true);
            }
        }
    }

    /** Wraps a text, and tops a data cell of any kind, so that a number stands level with the texts beside it. */
    private static void wrap(XSSFCell cell, WrappedStyles styles, boolean textOnly) {
        boolean text = cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty();
        if (text || !textOnly && cell.getCellType() != CellType.BLANK) {
            cell.setCellStyle(styles.of(cell.getCellStyle()));
        }
    }

    /** The height the row's wrapped texts need, never less than it has. */
    private static void fitHeight(XSSFSheet sheet, XSSFRow row, List<CellRangeAddress> merged) {
        if (row == null) {
            return;
        }
        float needed = 0;
        for (XSSFCell cell : cells(row)) {
            if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                continue;
            }
            var font = cell.getCellStyle().getFont();
            double points = font.getFontHeightInPoints();
            double width = widthOf(sheet, cell, merged) * 11 / points / (font.getBold() ? BOLD_WIDTH : 1);
            int lines = TextLines.count(cell.getStringCellValue(), width);
            needed = (float) Math.max(needed, lines * points * LINE_HEIGHT_PER_POINT + 3);
        }
        if (needed > row.getHeightInPoints()) {
            row.setHeightInPoints(needed);
        }
    }

    /** The cell's width in characters, over every column of a merged region it starts. */
    private static double widthOf(XSSFSheet sheet, XSSFCell cell, List<CellRangeAddress> merged) {
        int first = cell.getColumnIndex();
        int last = first;
        for (CellRangeAddress region : merged) {
            if (region.getFirstRow() == cell.getRowIndex() && region.getFirstColumn() == first) {
                last = region.getLastColumn();
            }
        }
        double width = 0;
        for (int c = first; c <= last; c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        return width;
    }

    private static Iterable<XSSFRow> rows(XSSFSheet sheet, int from) {
        List<XSSFRow> rows = new ArrayList<>();
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Iterable<XSSFCell> cells(XSSFRow row) {
        List<XSSFCell> cells = new ArrayList<>();
        row.cellIterator().forEachRemaining(c -> cells.add((XSSFCell) c));
        return cells;
    }

    /** Excel reads {@code &} in a footer as the start of a code. */
    private static String escaped(String text) {
        return text.replace("&", "&&");
    }
}

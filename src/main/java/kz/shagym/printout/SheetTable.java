package kz.shagym.printout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.problem.Messages;
import kz.shagym.ruleset.SheetData;
import kz.shagym.ruleset.tables.Column;
import kz.shagym.ruleset.tables.ColumnType;
import kz.shagym.ruleset.tables.SheetSchema;

/**
 * One sheet of a version as a table on landscape paper, laid out from the sheet's column schema. Short
 * columns (codes, numbers, dates) stand side by side, in two or more bands when there are too many for one;
 * in a wide sheet the free texts follow each row at full width, so an explanation reads as a paragraph and
 * not as a column two words wide. The heading repeats on every page, and a row moves whole to the next page
 * unless it is longer than a page.
 */
final class SheetTable {

    /** A sheet with more columns than this puts its texts under each row. */
    private static final int INLINE_COLUMNS = 8;
    private static final int BAND_COLUMNS = 10;
    private static final int ROWS_PER_FLUSH = 50;
    private static final Color HEADING = new Color(0xE6, 0xE6, 0xE6);
    private static final Color EVERY_OTHER = new Color(0xF6, 0xF6, 0xF6);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** Codes break after an underscore or a comma as well as at spaces, not in the middle of a word. */
    private static final SplitCharacter CODES = (start, current, end, chars, chunks) -> {
        char c = chunks == null ? chars[current] : (char) chunks[Math.min(current, chunks.length - 1)]
                .getUnicodeEquivalent(chars[current]);
        return c == ' ' || c == '_' || c == ',' || c == '-' || c == '/' || c == '.';
    };

    private final PdfFonts fonts;
    private final String lang;
    private final List<Column> shortColumns = new ArrayList<>();
    private final List<Column> textColumns = new ArrayList<>();

    SheetTable(PdfFonts fonts, String lang, SheetSchema schema, SheetData sheet) {
        this.fonts = fonts;
        this.lang = lang;
        List<Column> columns = sheet.columnKeys().stream().flatMap(k -> schema.column(k).stream()).toList();
        boolean inline = columns.size() <= INLINE_COLUMNS;
        for (Column column : columns) {
            (inline || column.type() != ColumnType.TEXT ? shortColumns : textColumns).add(column);
        }
    }

    /**
     * Adds the sheet's table to the document a page's worth of rows at a time, so that a sheet of thousands of
     * rows is laid out as it goes rather than held whole in memory.
     */
    void addTo(Document document, SheetData sheet) {
        List<List<Column>> bands = bands();
        List<float[]> widths = new ArrayList<>();
        for (int b = 0; b < bands.size(); b++) {
            widths.add(BandWidths.of(bands.get(b), b == 0 ? rowLabel() : null, sheet, fonts.base(), this::title,
                    SheetTable::weight, column -> value -> value(column, value)));
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setComplete(false);
        table.addCell(wrapper(headings(bands, widths), HEADING));
        int n = 0;
        for (SheetData.RowData row : sheet.rows()) {
            table.addCell(wrapper(record(bands, widths, row), n++ % 2 == 1 ? EVERY_OTHER : null));
            if (n % ROWS_PER_FLUSH == 0) {
                document.add(table);
            }
        }
        table.setComplete(true);
        document.add(table);
    }

    private String rowLabel() {
        return Messages.text(lang, "printout.doc.row");
    }

    /** The short columns in bands of at most {@value #BAND_COLUMNS}, as even as they come. */
    private List<List<Column>> bands() {
        int count = Math.max(1, (shortColumns.size() + BAND_COLUMNS - 1) / BAND_COLUMNS);
        int size = (shortColumns.size() + count - 1) / count;
        List<List<Column>> bands = new ArrayList<>();
        for (int from = 0; from < shortColumns.size(); from += size) {
            bands.add(shortColumns.subList(from, Math.min(shortColumns.size(), from + size)));
        }
        return bands;
    }

    private PdfPTable headings(List<List<Column>> bands, List<float[]> widths) {
        PdfPTable inner = new PdfPTable(1);
        for (int b = 0; b < bands.size(); b++) {
            PdfPTable band = band(widths.get(b));
            if (b == 0) {
                band.addCell(cell(new Phrase(rowLabel(), fonts.bold(7))));
            }
            for (Column column : bands.get(b)) {
                Phrase title = new Phrase(title(column), fonts.bold(7));
                if (!"en".equals(lang)) {
                    title.add(new Chunk("\n(" + column.key() + ")", fonts.grey(6)));
                }
                band.addCell(cell(title));
            }
            inner.addCell(bare(band));
        }
        return inner;
    }

    private PdfPTable record(List<List<Column>> bands, List<float[]> widths, SheetData.RowData row) {
        PdfPTable inner = new PdfPTable(1);
        for (int b = 0; b < bands.size(); b++) {
            PdfPTable band = band(widths.get(b));
            if (b == 0) {
                band.addCell(cell(new Phrase(Integer.toString(row.row()), fonts.grey(7))));
            }
            for (Column column : bands.get(b)) {
                Chunk value = new Chunk(value(column, row.cells().get(column.key())), fonts.regular(7.5f));
                value.setSplitCharacter(CODES);
                band.addCell(cell(new Phrase(value)));
            }
            inner.addCell(bare(band));
        }
        for (Column column : textColumns) {
            String text = row.cells().get(column.key());
            if (text != null && !text.isBlank()) {
                Phrase phrase = new Phrase(title(column) + ": ", fonts.grey(7));
                phrase.add(new Chunk(text, fonts.regular(7.5f)));
                PdfPCell cell = cell(phrase);
                cell.setBorder(Rectangle.NO_BORDER);
                inner.addCell(cell);
            }
        }
        return inner;
    }

    private static PdfPTable band(float[] widths) {
        PdfPTable band = new PdfPTable(widths);
        band.setWidthPercentage(100);
        return band;
    }

    private static float weight(Column column) {
        return switch (column.type()) {
            case ID -> 1.0f;
            case BOOLEAN, INTEGER -> 1.1f;
            case DATE -> 1.2f;
            case SERVICE_CODE -> 1.3f;
            case ENUM -> Math.max(1.3f, Math.min(2.4f, column.allowedValues().stream().mapToInt(String::length).max()
                    .orElse(10) / 8f));
            case ENUM_LIST -> 2.4f;
            case TEXT -> 2.6f;
        };
    }

    private String title(Column column) {
        return switch (lang) {
            case "kk" -> column.titleKk();
            case "en" -> column.key();
            default -> column.titleRu();
        };
    }

    /** The cell as the table reader showed it, with yes/no and dates in the document's language and format. */
    private String value(Column column, String display) {
        if (display == null || display.isBlank()) {
            return "";
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return Messages.text(lang, "Да".equals(display) ? "printout.doc.yes" : "printout.doc.no");
        }
        if (column.type() == ColumnType.DATE) {
            try {
                return LocalDate.parse(display).format(DAY);
            } catch (DateTimeParseException notIso) {
                return display;
            }
        }
        return display;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(2.5f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorderColor(Color.GRAY);
        cell.setBorderWidth(0.4f);
        return cell;
    }

    private static PdfPCell bare(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPCell wrapper(PdfPTable inner, Color background) {
        PdfPCell cell = bare(inner);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}

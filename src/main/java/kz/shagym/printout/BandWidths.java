package kz.shagym.printout;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import java.util.function.Function;
import kz.shagym.ruleset.SheetData;
import kz.shagym.ruleset.tables.Column;

/**
 * How wide each column of a band is on the page: at least as wide as its longest word, in its heading or in any
 * of its cells, so that a code such as {@code ASSUMPTION} or a word of a heading is never broken in two; the
 * rest of the page shared by the columns' types. Only when a band's words cannot all fit does a word break.
 */
final class BandWidths {

    /** Landscape A4 less the document's margins. */
    static final float PAGE = PageSize.A4.rotate().getWidth() - 72;
    private static final float PADDING = 6;
    /** The face drawn bold takes a little more room than the regular one the font measures. */
    private static final float BOLD = 1.06f;
    static final float ROW_WEIGHT = 0.6f;

    private BandWidths() {
    }

    /**
     * @param rowLabel the heading of the row-number column, present in the first band only (else null)
     * @param weights the share of the page each column wants beyond its longest word
     */
    static float[] of(List<Column> band, String rowLabel, SheetData sheet, BaseFont font, Function<Column, String> title,
            Function<Column, Float> weights, Function<Column, Function<String, String>> shown) {
        int n = band.size() + (rowLabel == null ? 0 : 1);
        float[] min = new float[n];
        float[] weight = new float[n];
        int i = 0;
        if (rowLabel != null) {
            min[i] = font.getWidthPoint(rowLabel, 7) * BOLD + PADDING;
            weight[i++] = ROW_WEIGHT;
        }
        for (Column column : band) {
            float longest = longestWord(title.apply(column), font, 7) * BOLD;
            for (SheetData.RowData row : sheet.rows()) {
                String value = row.cells().get(column.key());
                if (value != null) {
                    longest = Math.max(longest, longestWord(shown.apply(column).apply(value), font, 7.5f));
                }
            }
            min[i] = longest + PADDING;
            weight[i++] = weights.apply(column);
        }
        return spread(min, weight);
    }

    /** Each column its share of the page or its minimum, whichever is more; the excess taken from those above it. */
    private static float[] spread(float[] min, float[] weight) {
        float total = 0;
        for (float w : weight) {
            total += w;
        }
        float[] widths = new float[min.length];
        float sum = 0;
        float slack = 0;
        for (int i = 0; i < min.length; i++) {
            widths[i] = Math.max(min[i], PAGE * weight[i] / total);
            sum += widths[i];
            slack += widths[i] - min[i];
        }
        float over = sum - PAGE;
        if (over > 0 && slack > 0) {
            float taken = Math.min(1, over / slack);
            for (int i = 0; i < widths.length; i++) {
                widths[i] -= (widths[i] - min[i]) * taken;
            }
        }
        return widths;
    }

    /** The widest piece a line may not break: codes break after {@code _} and {@code ,} too. */
    private static float longestWord(String text, BaseFont font, float size) {
        float longest = 0;
        for (String word : text.split("(?<=[_,/-])|\\s+")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
    }
}

package kz.shagym.printout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sign-off document's one typeface, Liberation Sans 2.00 (SIL Open Font License 1.1, its notice inside
 * the font), as OpenPDF's own jar carries it. It has every letter of Russian and Kazakh (ә ғ қ ң ө ұ ү һ і),
 * and it is embedded, so the document reads the same on any machine. Headings are the same face drawn bold.
 */
final class PdfFonts {

    /** Where OpenPDF keeps the font; {@code PdfFontsTest} fails if a new OpenPDF moves it. */
    static final String RESOURCE = "font-fallback/LiberationSans-Regular.ttf";
    private static final byte[] TTF = load();
    static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final BaseFont base;

    PdfFonts() {
        try {
            base = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, TTF,
                    null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the document's font cannot be read", e);
        }
    }

    Font regular(float size) {
        return new Font(base, size, Font.NORMAL);
    }

    Font bold(float size) {
        return new Font(base, size, Font.BOLD);
    }

    Font grey(float size) {
        return new Font(base, size, Font.NORMAL, GREY);
    }

    BaseFont base() {
        return base;
    }

    private static byte[] load() {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (it comes with OpenPDF)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

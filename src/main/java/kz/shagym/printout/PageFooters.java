package kz.shagym.printout;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import kz.shagym.problem.Messages;

/**
 * Writes the footer on every page once the page count is known: the version on the left, "Page X of Y" on the
 * right. A second pass over the finished document is simpler than reserving room for a number not yet known.
 */
final class PageFooters {

    private PageFooters() {
    }

    static byte[] stamp(byte[] pdf, String left, String lang, PdfFonts fonts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfReader reader = new PdfReader(pdf);
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                PdfContentByte over = stamper.getOverContent(page);
                float y = 20;
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(left, fonts.grey(7)), 36, y, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
                        new Phrase(Messages.text(lang, "printout.page", page, pages), fonts.grey(7)),
                        size.getWidth() - 36, y, 0);
            }
            stamper.close();
            reader.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("page numbers could not be written", e);
        }
    }
}

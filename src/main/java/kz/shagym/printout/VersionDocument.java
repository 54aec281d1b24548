package kz.shagym.printout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.shagym.problem.Messages;
import kz.shagym.release.Activation;
import kz.shagym.release.FolderNote;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredFile;
import kz.shagym.release.StoredVersion;
import kz.shagym.ruleset.SheetData;
import kz.shagym.ruleset.tables.SheetSchema;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.scenario.ScenarioReport;

/**
 * A version on paper for sign-off: what it is (id, state, who published it, who activated it and when, what
 * its scenarios found, each file with its SHA-256), then every table in the order of {@link TableKind}, each
 * from a new page, and lines for the signatures. Every page names the version and its number of pages.
 */
final class VersionDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PdfFonts fonts = new PdfFonts();
    private final String lang;
    private final ZoneId zone;

    VersionDocument(String lang, ZoneId zone) {
        this.lang = Messages.LANGUAGES.contains(lang) ? lang : "ru";
        this.zone = zone;
    }

    byte[] write(VersionPrint print, Instant now) {
        StoredVersion version = print.version();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("printout.doc.title", version.sequence()) + " — " + version.id());
            document.addCreator("Shagym");
            document.open();
            document.add(new Paragraph(text("printout.doc.title", version.sequence()), fonts.bold(16)));
            document.add(new Paragraph(text("printout.doc.subtitle"), fonts.regular(11)));
            document.add(spaced(new Paragraph(text("printout.doc.lead"), fonts.regular(8.5f))));
            document.add(facts(version, now));
            document.add(heading(text("printout.doc.activations")));
            document.add(activations(print.activations()));
            scenarios(document, print.report() == null ? null : print.report().scenarios());
            document.add(heading(text("printout.doc.files")));
            document.add(files(version.files()));
            for (TableKind kind : TableKind.values()) {
                sheets(document, kind, print.sheets());
            }
            signatures(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the document could not be laid out", e);
        }
        String left = "«Шағым» · " + text("printout.footer.version", version.id());
        return PageFooters.stamp(out.toByteArray(), left, lang, fonts);
    }

    private PdfPTable facts(StoredVersion version, Instant now) {
        PdfPTable table = grid(1f, 4f);
        row(table, text("versions.id"), version.id());
        row(table, text("versions.state"), text("state." + version.state().name()));
        row(table, text("printout.doc.author"), who(version.author()));
        row(table, text("printout.doc.created"), time(version.createdAt()));
        row(table, text("versions.comment"), note(version.comment()));
        row(table, text("version.parent"), version.parentId() == null ? "—" : version.parentId());
        row(table, text("printout.doc.generated"), time(now));
        return table;
    }

    private Element activations(List<Activation> activations) {
        if (activations.isEmpty()) {
            return new Paragraph(text("printout.doc.never-activated"), fonts.regular(8.5f));
        }
        PdfPTable table = grid(1.2f, 1.5f, 5f);
        headingRow(table, text("versions.when"), text("versions.who"), text("versions.reason"));
        for (Activation a : activations) {
            for (String value : new String[] {time(a.activatedAt()), who(a.activatedBy()), note(a.reason())}) {
                table.addCell(cell(value));
            }
        }
        return table;
    }

    private void scenarios(Document document, ScenarioReport report) {
        if (report == null) {
            return;
        }
        document.add(heading(text("printout.doc.scenarios-title")));
        document.add(new Paragraph(text("printout.doc.scenarios", report.passed(), report.total()), fonts.regular(8.5f)));
        if (report.everythingReached()) {
            document.add(new Paragraph(text("printout.doc.all-reached"), fonts.regular(8.5f)));
        } else if (report.uncoveredRows() != null && !report.uncoveredRows().isEmpty()) {
            String rows = String.join(", ", report.uncoveredRows().stream().map(ScenarioReport.UncoveredRow::rule).toList());
            document.add(new Paragraph(text("printout.doc.uncovered", rows), fonts.regular(8.5f)));
        }
    }

    private PdfPTable files(List<StoredFile> files) {
        PdfPTable table = grid(3f, 1f, 6f);
        headingRow(table, text("printout.doc.file"), text("printout.doc.size"), "SHA-256");
        for (StoredFile file : files) {
            table.addCell(cell(file.path()));
            table.addCell(cell(Long.toString(file.size())));
            table.addCell(cell(file.sha256()));
        }
        return table;
    }

    private void sheets(Document document, TableKind kind, List<SheetData> sheets) {
        document.newPage();
        document.add(new Paragraph(switch (lang) {
            case "kk" -> kind.titleKk();
            case "en" -> kind.fileName();
            default -> kind.titleRu();
        }, fonts.bold(13)));
        for (SheetSchema schema : kind.sheets()) {
            SheetData sheet = sheets.stream()
                    .filter(s -> s.file().equals(kind.fileName()) && s.sheet().equals(schema.name())).findFirst()
                    .orElse(new SheetData(kind.fileName(), schema.name(), List.of(), List.of(), List.of()));
            document.add(spaced(new Paragraph(text("printout.doc.sheet", kind.fileName(), schema.name(),
                    sheet.rows().size()), fonts.regular(8.5f))));
            if (sheet.rows().isEmpty()) {
                document.add(new Paragraph(text("printout.doc.no-rows"), fonts.regular(8.5f)));
            } else {
                new SheetTable(fonts, lang, schema, sheet).addTo(document, sheet);
            }
        }
    }

    /** A line to sign under each role, with what goes on it beneath. */
    private void signatures(Document document) {
        document.add(heading(text("printout.doc.signatures")));
        PdfPTable table = grid(1.5f, 6f);
        for (String who : new String[] {text("printout.doc.prepared"), text("printout.doc.approved")}) {
            PdfPCell label = cell(who);
            label.setBorder(Rectangle.NO_BORDER);
            label.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(label);
            PdfPCell line = new PdfPCell(new Phrase(""));
            line.setBorder(Rectangle.BOTTOM);
            line.setFixedHeight(30);
            table.addCell(line);
            table.addCell(blank());
            PdfPCell caption = new PdfPCell(new Phrase(text("printout.doc.sign-line"), fonts.grey(7)));
            caption.setBorder(Rectangle.NO_BORDER);
            caption.setPaddingBottom(8);
            table.addCell(caption);
        }
        table.setKeepTogether(true);
        document.add(table);
    }

    private static PdfPCell blank() {
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, fonts.bold(11));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(4);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static PdfPTable grid(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        PdfPCell head = new PdfPCell(new Phrase(label, fonts.bold(8.5f)));
        head.setPadding(3);
        table.addCell(head);
        table.addCell(cell(value));
    }

    private void headingRow(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell head = new PdfPCell(new Phrase(label, fonts.bold(8)));
            head.setPadding(3);
            table.addCell(head);
        }
        table.setHeaderRows(1);
    }

    private PdfPCell cell(String value) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, fonts.regular(8.5f)));
        cell.setPadding(3);
        return cell;
    }

    private String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    /** Who did it; the service acting for the folders named in the document's language, as the workbench does. */
    private String who(String name) {
        return Releases.FOLDERS.equals(name) ? text("who.folders") : name;
    }

    /**
     * A comment or activation reason; what the service wrote itself (in English for the API, and before
     * FolderNote with the server's path) in the document's language.
     */
    private String note(String stored) {
        if (stored == null) {
            return "—";
        }
        return FolderNote.of(stored).map(n -> text("note." + n.name())).orElse(stored);
    }

    private String text(String key, Object... args) {
        return Messages.text(lang, key, args);
    }
}

package kz.shagym.ruleset.tables;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The million-row attack workbook: the shipped routing table with 1,000,000 one-cell rows appended to
 * its sheet (about 72 MB of sheet XML, 5 MB zipped, so above POI's zip-bomb ratio and refused only by
 * the row limit). Made at test time rather than committed, because it weighs 5 MB; built once per JVM.
 */
public final class MillionRowWorkbook {

    public static final int EXTRA_ROWS = 1_000_000;
    private static final Path SHIPPED_ROUTING = Path.of("decision-tables/routing.drl.xlsx");
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static byte[] bytes;

    private MillionRowWorkbook() {
    }

    /** The workbook's bytes (a fresh copy each call). */
    public static synchronized byte[] bytes() {
        if (bytes == null) {
            bytes = build();
        }
        return bytes.clone();
    }

    private static byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(6 << 20);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(SHIPPED_ROUTING)));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(SHEET)) {
                    writeWithExtraRows(new String(content, StandardCharsets.UTF_8), zip);
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeWithExtraRows(String sheet, ZipOutputStream zip) throws IOException {
        int end = sheet.indexOf("</sheetData>");
        int lastRow = sheet.lastIndexOf("<row r=\"", end);
        int first = Integer.parseInt(sheet.substring(lastRow + 8, sheet.indexOf('"', lastRow + 8))) + 1;
        Writer writer = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write(sheet, 0, end);
        StringBuilder row = new StringBuilder(80);
        for (int r = first; r < first + EXTRA_ROWS; r++) {
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                    .append("\" t=\"inlineStr\"><is><t>R</t></is></c></row>");
            writer.append(row);
        }
        writer.write(sheet, end, sheet.length() - end);
        writer.flush();
    }
}

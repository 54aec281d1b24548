package kz.shagym.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Finds the sheets of an .xlsx that hold more rows than a limit, before POI builds the workbook in
 * memory (the tables' row-count guard, {@code ruleset.tables.SheetRowLimit}, is built on it). POI keeps every row as objects: a sheet of a million one-cell rows (5 MB zipped) took 1.1 GB
 * of heap and 11 s to open, and ran out of memory under {@code -Xmx768m}. Here the sheet XML is
 * streamed and counting stops at the limit, a few hundred kilobytes in.
 *
 * <p>The sheets are found as Excel finds them: {@code _rels/.rels} names the workbook part, its
 * relationships name each sheet's part. A part is read no further than POI's own zip-bomb rule allows
 * (100 times its zipped size); beyond that, and for anything that is not a readable .xlsx, this finds
 * nothing and the table reader says what is wrong.
 */
public final class SheetRowCount {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String OFFICE_DOCUMENT =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final long MAX_SMALL_PART = 1024 * 1024;
    private static final long MAX_INFLATION = 100;
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SheetRowCount() {
    }

    /** The names of the sheets with more than {@code maxRows} rows, in workbook order; none for what is not an .xlsx. */
    public static List<String> sheetsOver(byte[] xlsx, int maxRows) {
        List<String> over = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            String workbook = targets(zip, "_rels/.rels", "", OFFICE_DOCUMENT).values().stream().findFirst().orElse(null);
            if (workbook == null) {
                return over;
            }
            int slash = workbook.lastIndexOf('/') + 1;
            Map<String, String> parts = targets(zip, workbook.substring(0, slash) + "_rels/" + workbook.substring(slash) + ".rels",
                    workbook.substring(0, slash), null);
            for (Map.Entry<String, String> sheet : sheets(zip, workbook).entrySet()) {
                String part = parts.get(sheet.getValue());
                if (part != null && rowsOver(zip, part, maxRows)) {
                    over.add(sheet.getKey());
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException notAWorkbook) {
            return List.of();
        }
        return over;
    }

    /** Relationship id → the part it points at, resolved against {@code base}; only of {@code type} unless null. */
    private static Map<String, String> targets(ZipFile zip, String relsPart, String base, String type)
            throws IOException, XMLStreamException {
        Map<String, String> targets = new LinkedHashMap<>();
        read(zip, relsPart, MAX_SMALL_PART, xml -> {
            if (xml.getLocalName().equals("Relationship")
                    && (type == null || type.equals(xml.getAttributeValue(null, "Type")))) {
                String target = xml.getAttributeValue(null, "Target");
                if (target != null && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    targets.put(xml.getAttributeValue(null, "Id"),
                            target.startsWith("/") ? target.substring(1) : normalised(base + target));
                }
            }
            return true;
        });
        return targets;
    }

    /** Sheet name → relationship id, in workbook order. */
    private static Map<String, String> sheets(ZipFile zip, String workbook) throws IOException, XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        read(zip, workbook, MAX_SMALL_PART, xml -> {
            if (xml.getLocalName().equals("sheet") && MAIN.equals(xml.getNamespaceURI())) {
                sheets.put(xml.getAttributeValue(null, "name"), xml.getAttributeValue(RELATIONSHIPS, "id"));
            }
            return true;
        });
        return sheets;
    }

    private static boolean rowsOver(ZipFile zip, String part, int maxRows) throws IOException, XMLStreamException {
        int[] rows = {0};
        read(zip, part, Long.MAX_VALUE, xml -> {
            if (xml.getLocalName().equals("row") && MAIN.equals(xml.getNamespaceURI())) {
                rows[0]++;
            }
            return rows[0] <= maxRows;
        });
        return rows[0] > maxRows;
    }

    private interface StartElement {
        /** @return whether to read on */
        boolean seen(XMLStreamReader xml);
    }

    /** Streams a part's start elements until told to stop, the part ends, or it inflates past POI's bomb rule. */
    private static void read(ZipFile zip, String part, long maxBytes, StartElement each) throws IOException, XMLStreamException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        long limit = Math.min(maxBytes, Math.max(100 * 1024, entry.getCompressedSize() * MAX_INFLATION));
        try (InputStream in = BoundedInputStream.builder().setInputStream(zip.getInputStream(entry)).setMaxCount(limit).get()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && !each.seen(xml)) {
                        return;
                    }
                }
            } finally {
                xml.close();
            }
        }
    }

    private static String normalised(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }
}

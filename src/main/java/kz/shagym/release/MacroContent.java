package kz.shagym.release;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Whether a workbook carries macros: a VBA project or Excel 4 macro sheets, in an .xlsx (a zip, as
 * Excel reads it: by its central directory, which costs nothing to list, even for a zip bomb) or in an
 * old binary .xls. A file that is neither is not judged here; the table reader says it is unreadable.
 */
final class MacroContent {

    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;
    /** Where an old binary workbook keeps its VBA project and Excel 4 macros. */
    private static final Set<String> OLE2_MACRO_ENTRIES = Set.of("_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA", "Macros");

    private MacroContent() {
    }

    static boolean in(byte[] bytes) {
        if (startsWith(bytes, ZIP)) {
            return inZip(bytes);
        }
        if (startsWith(bytes, OLE2)) {
            return inOle2(bytes);
        }
        return false;
    }

    private static boolean inZip(byte[] bytes) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.contains("macrosheets/") || name.endsWith("vbadata.xml")) {
                    return true;
                }
                if (name.equals("[content_types].xml") && macroContentType(zip, entry)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
    }

    /** {@code application/vnd.ms-excel.sheet.macroEnabled.main+xml}, {@code …vbaProject}, {@code …macrosheet+xml}. */
    private static boolean macroContentType(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            String types = new String(in.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return types.contains("macroenabled") || types.contains("vbaproject") || types.contains("macrosheet");
        }
    }

    private static boolean inOle2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            return OLE2_MACRO_ENTRIES.stream().anyMatch(root::hasEntry);
        } catch (IOException | RuntimeException notOle2) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

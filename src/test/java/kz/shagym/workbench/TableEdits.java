package kz.shagym.workbench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * The shipped tables with a cell or two changed, made in code because the exact cell matters. Always
 * read from bytes: POI opened on a {@code File} writes the file back when it is closed.
 */
final class TableEdits {

    private TableEdits() {
    }

    /** The bytes of {@code table} with each cell ("Sheet!B4") set to its value (a String, Number or LocalDate). */
    static byte[] edit(byte[] table, Map<String, Object> cells) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(table));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cells.forEach((ref, value) -> set(wb, ref, value));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Workbook wb, String ref, Object value) {
        CellReference at = new CellReference(ref);
        Sheet sheet = wb.getSheet(at.getSheetName());
        Row row = sheet.getRow(at.getRow()) != null ? sheet.getRow(at.getRow()) : sheet.createRow(at.getRow());
        Cell cell = row.getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            // the shipped scenarios keep dates as ISO text; a lawyer's Excel date works too
            cell.setCellValue(d.toString());
        } else {
            cell.setCellValue((String) value);
        }
    }

    /** Every file of the two folders, by set path ("rules/decision.drl", "decision-tables/..."). */
    static Map<String, byte[]> folders(Path rules, Path tables) {
        Map<String, byte[]> files = new TreeMap<>();
        read(rules, "rules/", files);
        read(tables, "decision-tables/", files);
        return files;
    }

    private static void read(Path dir, String prefix, Map<String, byte[]> into) {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                into.put(prefix + p.getFileName(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

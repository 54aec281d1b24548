package kz.shagym.ruleset.tables;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.Test;

/**
 * A sheet with more rows than a table may is found by streaming its XML, before POI builds the
 * workbook: the million-row attack file is refused without the gigabyte its rows would take.
 */
class SheetRowLimitTest {

    private static final Path SHIPPED_ROUTING = Path.of("decision-tables/routing.drl.xlsx");

    @Test
    void sheetWithAMillionRowsShouldBeNamedAndTheShippedTableShouldPass() throws IOException {
        assertThat(SheetRowLimit.sheetsOver(MillionRowWorkbook.bytes(), SheetRowLimit.MAX_SHEET_ROWS))
                .containsExactly("Routing");
        assertThat(SheetRowLimit.sheetsOver(Files.readAllBytes(SHIPPED_ROUTING), SheetRowLimit.MAX_SHEET_ROWS)).isEmpty();
    }

    @Test
    void limitShouldCountTheRowsOfEachSheetFoundThroughTheWorkbookRelationships() throws IOException {
        byte[] shipped = Files.readAllBytes(SHIPPED_ROUTING);
        int rows = rowsOfRoutingSheet(shipped);

        assertThat(SheetRowLimit.sheetsOver(shipped, rows - 1)).as("Routing holds %d rows", rows).containsExactly("Routing");
        assertThat(SheetRowLimit.sheetsOver(shipped, rows)).isEmpty();
    }

    @Test
    void limitShouldFindTheWorkbookByItsRelationshipTypeWhereverExcelListsIt() throws IOException {
        // Excel lists the document properties before the workbook in _rels/.rels
        byte[] excelOrder = withPart(MillionRowWorkbook.bytes(), "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/>\
                </Relationships>""");

        assertThat(SheetRowLimit.sheetsOver(excelOrder, SheetRowLimit.MAX_SHEET_ROWS)).containsExactly("Routing");
    }

    @Test
    void fileThatIsNotAWorkbookShouldBeLeftToTheTableReader() throws IOException {
        assertThat(SheetRowLimit.sheetsOver(Files.readAllBytes(Path.of("src/test/resources/attacks/zip-that-is-not-a-workbook.xlsx")), 1))
                .isEmpty();
        assertThat(SheetRowLimit.sheetsOver(Files.readAllBytes(Path.of("src/test/resources/attacks/routing-cut-in-half.drl.xlsx")), 1))
                .isEmpty();
        assertThat(SheetRowLimit.sheetsOver("not a zip".getBytes(), 1)).isEmpty();
    }

    /** The rows of the routing sheet, counted in its XML as text: a count independent of the streaming reader. */
    private static int rowsOfRoutingSheet(byte[] xlsx) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("<row ", -1).length - 1;
                }
            }
        }
        throw new IllegalStateException("no routing sheet");
    }

    private static byte[] withPart(byte[] xlsx, String part, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(part) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void tableWithAMillionRowsShouldBeRefusedByTheRowLimitWithoutBuildingItsRows() throws IOException {
        RuleSetSource set = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"))
                .with("decision-tables/routing.drl.xlsx", MillionRowWorkbook.bytes());
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<TableProblem> problems = new ArrayList<>();

        long before = threads.getCurrentThreadAllocatedBytes();
        new TableSetReader().read(set, problems);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(problems).extracting(TableProblem::code, TableProblem::file, TableProblem::sheet)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SHG-TBL-035", "routing.drl.xlsx", "Routing"));
        // building the million rows allocates gigabytes; the other four shipped tables take tens of megabytes
        assertThat(allocated).as("bytes allocated while reading the set").isLessThan(300L * 1024 * 1024);
    }
}

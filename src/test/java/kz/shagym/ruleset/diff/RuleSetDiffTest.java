package kz.shagym.ruleset.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.diff.RuleSetDiff.CellChange;
import kz.shagym.ruleset.diff.RuleSetDiff.Change;
import kz.shagym.ruleset.diff.RuleSetDiff.ChangedRow;
import kz.shagym.ruleset.diff.RuleSetDiff.FileDiff;
import kz.shagym.ruleset.diff.RuleSetDiff.Kind;
import kz.shagym.ruleset.diff.RuleSetDiff.SheetDiff;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RuleSetDiffTest {

    private static final String ROUTING = "decision-tables/routing.drl.xlsx";
    private static final String CALENDAR = "decision-tables/calendar.xlsx";
    private static final String DRL = "rules/decision.drl";

    private final RuleSetSource shipped = RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));

    @Test
    void diffOfASetWithItselfShowsEveryFileUnchanged() {
        RuleSetDiff diff = RuleSetComparison.between(shipped, shipped);

        assertThat(diff.hasChanges()).isFalse();
        assertThat(diff.fromVersion()).isEqualTo(diff.toVersion()).isEqualTo(shipped.versionId());
        assertThat(diff.files()).extracting(FileDiff::path).containsExactlyElementsOf(shipped.files().keySet());
        assertThat(diff.summary().filesUnchanged()).isEqualTo(shipped.files().size());
        assertThat(diff.file(ROUTING).orElseThrow().kind()).isEqualTo(Kind.TABLE);
        assertThat(diff.file(DRL).orElseThrow().kind()).isEqualTo(Kind.TEXT);
    }

    @Test
    void changedCellIsReportedByRowIdWithColumnHeaderCellAndBothValues() {
        RuleSetSource edited = shipped.with(ROUTING, edit(shipped.file(ROUTING), "Routing", s -> set(s, "G4", "QUALITY_CONTROL_BODY")));

        RuleSetDiff diff = RuleSetComparison.between(shipped, edited);

        FileDiff routing = diff.file(ROUTING).orElseThrow();
        assertThat(routing.change()).isEqualTo(Change.CHANGED);
        assertThat(routing.kind()).isEqualTo(Kind.TABLE);
        SheetDiff sheet = routing.sheets().get(0);
        assertThat(sheet.sheet()).isEqualTo("Routing");
        assertThat(sheet.keyColumn()).isEqualTo("id");
        assertThat(sheet.added()).isEmpty();
        assertThat(sheet.removed()).isEmpty();
        assertThat(sheet.changed()).containsExactly(new ChangedRow("R01", 4, 4, false, List.of(
                new CellChange("reviewingBody", "Кто рассматривает (reviewingBody)", "G4", "G4", "HIGHER_BODY", "QUALITY_CONTROL_BODY"))));
        assertThat(sheet.unchanged()).isEqualTo(21);
        assertThat(diff.summary().filesChanged()).isEqualTo(1);
        assertThat(diff.summary().rowsChanged()).isEqualTo(1);
    }

    @Test
    void rowsAreMatchedByIdSoAnInsertedRowShiftsNothing() {
        byte[] routing = edit(shipped.file(ROUTING), "Routing", s -> {
            s.shiftRows(4, s.getLastRowNum(), 1); // a new row 5 between R01 and R02
            copyRow(s, 3, 4);
            set(s, "A5", "R01a");
            set(s, "F5", "QUALITY_CONTROL_BODY");
            clearRow(s, 8); // R05, now at row 9
        });

        SheetDiff sheet = RuleSetComparison.between(shipped, shipped.with(ROUTING, routing)).file(ROUTING).orElseThrow().sheets().get(0);

        assertThat(sheet.added()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("R01a");
            assertThat(row.row()).isEqualTo(5);
            assertThat(row.cells()).extracting(RuleSetDiff.Cell::cell).startsWith("A5", "B5");
            assertThat(row.cells()).anySatisfy(c -> assertThat(c.value()).isEqualTo("QUALITY_CONTROL_BODY"));
        });
        assertThat(sheet.removed()).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("R05");
            assertThat(row.row()).isEqualTo(8);
        });
        assertThat(sheet.changed()).isEmpty();
        assertThat(sheet.unchanged()).isEqualTo(21);
    }

    @Test
    void swappedRowsAreReportedAsMovedBecauseTheFirstMatchingRoutingRowWins() {
        byte[] routing = edit(shipped.file(ROUTING), "Routing", s -> {
            s.shiftRows(4, 4, 30); // R02 out of the way
            s.shiftRows(3, 3, 1); // R01 down to row 5
            s.shiftRows(34, 34, -31); // R02 up to row 4
        });

        SheetDiff sheet = RuleSetComparison.between(shipped, shipped.with(ROUTING, routing)).file(ROUTING).orElseThrow().sheets().get(0);

        assertThat(sheet.changed()).singleElement().satisfies(row -> {
            assertThat(row.moved()).isTrue();
            assertThat(row.cells()).isEmpty();
            assertThat(row.key()).isIn("R01", "R02");
        });
        assertThat(sheet.unchanged()).isEqualTo(21);
    }

    @Test
    void cellThatFailsItsCheckStillShowsAsAChangedValue() {
        RuleSetSource edited = shipped.with(ROUTING, edit(shipped.file(ROUTING), "Routing", s -> set(s, "F4", "NONSENSE")));
        assertThat(new RuleSetBuilder().build(edited)).isInstanceOf(BuildResult.Rejected.class);

        SheetDiff sheet = RuleSetComparison.between(shipped, edited).file(ROUTING).orElseThrow().sheets().get(0);

        assertThat(sheet.removed()).isEmpty();
        assertThat(sheet.changed()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly(
                new CellChange("outcome", "Что делать с жалобой (outcome)", "F4", "F4", "FORWARD_TO_REVIEWING_BODY", "NONSENSE")));
    }

    @Test
    void listCellWithOneBadPartShowsItsWholeOldAndNewValue() {
        RuleSetSource edited = shipped.with(ROUTING, edit(shipped.file(ROUTING), "Routing",
                s -> set(s, "J12", "SERVICE_PROVIDER, “QUALITY_CONTROL_BODY”")));
        assertThat(new RuleSetBuilder().build(edited)).isInstanceOf(BuildResult.Rejected.class);

        SheetDiff sheet = RuleSetComparison.between(shipped, edited).file(ROUTING).orElseThrow().sheets().get(0);

        assertThat(sheet.changed()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly(
                new CellChange("competentAddressees", "Куда следовало подать (competentAddressees)", "J12", "J12",
                        "SERVICE_PROVIDER, QUALITY_CONTROL_BODY", "SERVICE_PROVIDER, “QUALITY_CONTROL_BODY”")));
    }

    @Test
    void unreadableTableIsAChangedBinaryFileWithTheReason() {
        RuleSetSource broken = shipped.with(ROUTING, "not a workbook".getBytes(StandardCharsets.UTF_8));

        FileDiff routing = RuleSetComparison.between(shipped, broken).file(ROUTING).orElseThrow();

        assertThat(routing.change()).isEqualTo(Change.CHANGED);
        assertThat(routing.kind()).isEqualTo(Kind.BINARY);
        assertThat(routing.sheets()).isEmpty();
        assertThat(routing.fromSha256()).isNotEqualTo(routing.toSha256()).hasSize(64);
        assertThat(routing.note()).contains("not readable as an Excel workbook");
    }

    @Test
    void tableWithoutItsKeyColumnIsComparedAsBytes() {
        RuleSetSource edited = shipped.with(ROUTING, edit(shipped.file(ROUTING), "Routing", s -> set(s, "A3", "Номер")));

        FileDiff routing = RuleSetComparison.between(shipped, edited).file(ROUTING).orElseThrow();

        assertThat(routing.kind()).isEqualTo(Kind.BINARY);
        assertThat(routing.note()).contains("(id)");
    }

    @Test
    void calendarDaysAreMatchedByDateAndParametersByName() {
        byte[] calendar = edit(shipped.file(CALENDAR), "Calendar", s -> set(s, "C25", "Наурыз"));
        calendar = edit(calendar, "Parameters", s -> set(s, "B6", "2023"));

        FileDiff file = RuleSetComparison.between(shipped, shipped.with(CALENDAR, calendar)).file(CALENDAR).orElseThrow();

        assertThat(file.sheets()).extracting(SheetDiff::sheet, SheetDiff::keyColumn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Calendar", "date"),
                        org.assertj.core.groups.Tuple.tuple("Parameters", "name"));
        assertThat(file.sheets().get(0).changed()).extracting(ChangedRow::key).containsExactly("2025-03-21");
        assertThat(file.sheets().get(0).changed().get(0).cells()).extracting(CellChange::oldValue, CellChange::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Наурыз мейрамы", "Наурыз"));
        assertThat(file.sheets().get(1).changed()).extracting(ChangedRow::key).containsExactly("FIRST_YEAR");
    }

    @Test
    void formattingOnlyChangeIsAChangedTableWithoutRowChanges() {
        byte[] routing = edit(shipped.file(ROUTING), "Routing", s -> {
            Cell cell = s.getRow(3).getCell(0);
            CellStyle bold = s.getWorkbook().createCellStyle();
            Font font = s.getWorkbook().createFont();
            font.setBold(true);
            bold.setFont(font);
            cell.setCellStyle(bold);
        });
        assertThat(Arrays.equals(routing, shipped.file(ROUTING))).isFalse();

        FileDiff file = RuleSetComparison.between(shipped, shipped.with(ROUTING, routing)).file(ROUTING).orElseThrow();

        assertThat(file.change()).isEqualTo(Change.CHANGED);
        assertThat(file.sheets()).allSatisfy(s -> assertThat(s.hasChanges()).isFalse());
    }

    @Test
    void changedDrlLineGivesAUnifiedHunkWithThreeLinesOfContext() {
        String drl = new String(shipped.file(DRL), StandardCharsets.UTF_8);
        List<String> lines = LineDiff.lines(drl);
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(19, "// changed line 20");
        String changed = String.join("\n", edited) + "\n";

        FileDiff file = RuleSetComparison.between(shipped, shipped.with(DRL, changed.getBytes(StandardCharsets.UTF_8))).file(DRL).orElseThrow();

        assertThat(file.kind()).isEqualTo(Kind.TEXT);
        assertThat(file.linesAdded()).isEqualTo(1);
        assertThat(file.linesRemoved()).isEqualTo(1);
        assertThat(file.unified()).isEqualTo("--- a/rules/decision.drl\n+++ b/rules/decision.drl\n@@ -17,7 +17,7 @@\n"
                + " " + lines.get(16) + "\n " + lines.get(17) + "\n " + lines.get(18) + "\n"
                + "-" + lines.get(19) + "\n+// changed line 20\n"
                + " " + lines.get(20) + "\n " + lines.get(21) + "\n " + lines.get(22) + "\n");
    }

    @Test
    void addedAndRemovedFilesListWhatTheyHold() {
        Map<String, byte[]> files = new TreeMap<>(shipped.files());
        files.remove("decision-tables/court-exceptions.drl.xlsx");
        files.put("rules/README.md", "# Rules\nsee decision.drl\n".getBytes(StandardCharsets.UTF_8));

        RuleSetDiff diff = RuleSetComparison.between(shipped, new RuleSetSource(files));

        FileDiff readme = diff.file("rules/README.md").orElseThrow();
        assertThat(readme.change()).isEqualTo(Change.ADDED);
        assertThat(readme.fromSha256()).isNull();
        assertThat(readme.unified()).isEqualTo("--- /dev/null\n+++ b/rules/README.md\n@@ -0,0 +1,2 @@\n+# Rules\n+see decision.drl\n");
        FileDiff court = diff.file("decision-tables/court-exceptions.drl.xlsx").orElseThrow();
        assertThat(court.change()).isEqualTo(Change.REMOVED);
        assertThat(court.kind()).isEqualTo(Kind.TABLE);
        assertThat(diff.summary().filesAdded()).isEqualTo(1);
        assertThat(diff.summary().filesRemoved()).isEqualTo(1);
        assertThat(diff.summary().rowsRemoved()).isEqualTo(court.sheets().get(0).removed().size());
    }

    @Test
    void nonUtf8FileOutsideTheTablesIsBinary() {
        RuleSetSource edited = shipped.with("rules/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

        FileDiff logo = RuleSetComparison.between(shipped, edited).file("rules/logo.png").orElseThrow();

        assertThat(logo.kind()).isEqualTo(Kind.BINARY);
        assertThat(logo.change()).isEqualTo(Change.ADDED);
    }

    @Test
    void jsonIsStableAndCarriesTheContractNames() {
        RuleSetSource edited = shipped.with(ROUTING, edit(shipped.file(ROUTING), "Routing", s -> set(s, "G4", "QUALITY_CONTROL_BODY")));
        JsonMapper json = JsonMapper.builder().build();

        String first = json.writeValueAsString(RuleSetComparison.between(shipped, edited));
        String second = json.writeValueAsString(RuleSetComparison.between(shipped, edited));

        assertThat(first).isEqualTo(second);
        JsonNode tree = json.readTree(first);
        assertThat(tree.propertyNames()).containsExactly("fromVersion", "toVersion", "summary", "files");
        JsonNode routing = tree.get("files").get(2);
        assertThat(routing.get("path").asString()).isEqualTo(ROUTING);
        assertThat(routing.get("change").asString()).isEqualTo("CHANGED");
        JsonNode cell = routing.get("sheets").get(0).get("changed").get(0).get("cells").get(0);
        assertThat(cell.get("column").asString()).isEqualTo("reviewingBody");
        assertThat(cell.get("oldValue").asString()).isEqualTo("HIGHER_BODY");
        assertThat(cell.get("newValue").asString()).isEqualTo("QUALITY_CONTROL_BODY");
    }

    // --- line diff, held against what GNU diff -u prints for the same input

    @Test
    void lineDiffMergesChangesCloserThanTwiceTheContext() {
        List<String> a = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        List<String> b = List.of("1", "2", "3", "x", "5", "6", "7", "8", "9", "10", "y", "12");

        List<RuleSetDiff.Hunk> hunks = LineDiff.diff(a, b);

        assertThat(hunks).hasSize(1);
        assertThat(hunks.get(0)).extracting(RuleSetDiff.Hunk::fromStart, RuleSetDiff.Hunk::fromCount,
                RuleSetDiff.Hunk::toStart, RuleSetDiff.Hunk::toCount).containsExactly(1, 12, 1, 12);
    }

    @Test
    void lineDiffSplitsChangesFartherApartIntoTwoHunks() {
        List<String> a = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
        List<String> b = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

        List<RuleSetDiff.Hunk> hunks = LineDiff.diff(a, b);

        // diff -u prints "@@ -1,3 +1,4 @@" and "@@ -10,4 +11,3 @@"
        assertThat(hunks).extracting(RuleSetDiff.Hunk::fromStart, RuleSetDiff.Hunk::fromCount,
                RuleSetDiff.Hunk::toStart, RuleSetDiff.Hunk::toCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 3, 1, 4), org.assertj.core.groups.Tuple.tuple(10, 4, 11, 3));
    }

    @Test
    void lineDiffOfAReplacedBlockPrintsRemovalsBeforeAdditions() {
        List<RuleSetDiff.Line> script = LineDiff.script(List.of("a", "b", "c", "d"), List.of("a", "x", "y", "d"));

        assertThat(script).extracting(RuleSetDiff.Line::change).containsExactly(RuleSetDiff.LineChange.CONTEXT,
                RuleSetDiff.LineChange.REMOVED, RuleSetDiff.LineChange.REMOVED, RuleSetDiff.LineChange.ADDED,
                RuleSetDiff.LineChange.ADDED, RuleSetDiff.LineChange.CONTEXT);
    }

    @Test
    void lineDiffBeyondItsTableSizeStillGivesACorrectIfCoarseDiff() {
        List<String> a = java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> "a" + i).toList();
        List<String> b = java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> "b" + i).toList();

        List<RuleSetDiff.Hunk> hunks = LineDiff.diff(a, b);

        assertThat(hunks).singleElement().satisfies(h -> assertThat(h.lines()).hasSize(5_000));
    }

    @Test
    void linesSplitOnAnyLineBreakAndIgnoreTheFinalOne() {
        assertThat(LineDiff.lines("a\r\nb\nc\n")).containsExactly("a", "b", "c");
        assertThat(LineDiff.lines("a\n\n")).containsExactly("a", "");
        assertThat(LineDiff.lines("")).isEmpty();
    }

    // --- workbook edits: the exact cell matters, so the shipped workbook is changed in code

    static byte[] edit(byte[] xlsx, String sheet, Consumer<Sheet> change) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheet(sheet));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Sheet sheet, String ref, String value) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow()) == null ? sheet.createRow(r.getRow()) : sheet.getRow(r.getRow());
        Cell cell = row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
        cell.setCellValue(value);
    }

    private static void copyRow(Sheet sheet, int from, int to) {
        Row source = sheet.getRow(from);
        Row target = sheet.getRow(to) == null ? sheet.createRow(to) : sheet.getRow(to);
        for (Cell c : source) {
            Cell copy = target.createCell(c.getColumnIndex());
            copy.setCellStyle(c.getCellStyle());
            switch (c.getCellType()) {
                case NUMERIC -> copy.setCellValue(c.getNumericCellValue());
                case BOOLEAN -> copy.setCellValue(c.getBooleanCellValue());
                default -> copy.setCellValue(c.getStringCellValue());
            }
        }
    }

    private static void clearRow(Sheet sheet, int row) {
        sheet.removeRow(sheet.getRow(row));
    }
}

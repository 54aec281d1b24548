package kz.shagym.release;

import static kz.shagym.release.UploadAttackTest.attack;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.shagym.release.RunningShagym.Reply;
import kz.shagym.ruleset.tables.MillionRowWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * What the parsers of a running service do with hostile workbooks and zips from
 * {@code src/test/resources/attacks/} (see its README): an external entity in any of six OOXML parts and
 * an entity expansion are never expanded, a sheet or a set that inflates far beyond its size is refused,
 * zip entries named to leave the folders stay names in the set and write nothing, and a million rows are
 * refused by the row limit. Each answer is asserted by status and code; nothing becomes a draft or active.
 */
class UploadParserAttackTest {

    /** What {@code file:///etc/passwd} holds on every Linux: the entity's target, never to be shown. */
    private static final String PASSWD_ROOT = "root:x:0:0";

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders);
    }

    @AfterAll
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // closed in reverse order
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"content-types", "package-rels", "workbook", "workbook-rels", "shared-strings", "sheet"})
    void workbookWithAnExternalEntityInAnyPartShouldBeUnreadableAndShowNothingOfTheFile(String part) throws IOException {
        String fixture = "routing-xxe-in-" + part + ".drl.xlsx";
        String secret = Files.readAllLines(Path.of("/etc/passwd")).get(0);
        String serving = app.serving();

        Reply upload = app.as("analyst").upload("routing.drl.xlsx", attack(fixture));

        assertUnreadable(upload);
        assertThat(upload.body()).doesNotContain(secret).doesNotContain(PASSWD_ROOT).doesNotContain("passwd");
        String stored = app.as("analyst").get("/api/v1/rulesets/{id}", upload.at("/id")).body();
        assertThat(stored).contains("\"state\":\"REJECTED\"").doesNotContain(PASSWD_ROOT).doesNotContain("passwd");
        assertThat(app.bean(RuleSetVersionStore.class).find(upload.at("/id")).orElseThrow().report())
                .doesNotContain(PASSWD_ROOT).doesNotContain("passwd");
        assertThat(app.as("analyst").checkPageOnWorkbench("routing.drl.xlsx", attack(fixture)))
                .contains("SHG-TBL-001").doesNotContain(PASSWD_ROOT).doesNotContain("passwd");
        assertThat(app.serving()).isEqualTo(serving);
    }

    @Test
    void workbookWithAnEntityThatExpandsToAThousandMillionCharactersShouldBeUnreadable() {
        Reply upload = app.as("analyst").upload("routing.drl.xlsx", attack("routing-billion-laughs.drl.xlsx"));

        assertUnreadable(upload);
        assertThat(upload.body()).doesNotContain("lollol");
        assertThat(app.as("analyst").checkPageOnWorkbench("routing.drl.xlsx", attack("routing-billion-laughs.drl.xlsx")))
                .contains("SHG-TBL-001").doesNotContain("lollol");
    }

    @Test
    void workbookWhoseSheetInflatesAThousandfoldShouldBeUnreadableInOurWords() {
        Reply upload = app.as("analyst").upload("routing.drl.xlsx", attack("routing-sheet-zip-bomb.drl.xlsx"));

        assertUnreadable(upload);
        assertThat(upload.body()).doesNotContainIgnoringCase("zip bomb").doesNotContain("INFLATE_RATIO");
        assertThat(app.as("analyst").checkPageOnWorkbench("routing.drl.xlsx", attack("routing-sheet-zip-bomb.drl.xlsx")))
                .contains("SHG-TBL-001").doesNotContainIgnoringCase("zip bomb");
    }

    @Test
    void setThatUnzipsBeyond50MbShouldBeRefusedAs413BeforeAnythingIsRead() {
        int versions = versions();

        Reply upload = app.as("analyst").upload("set.zip", attack("set-that-unzips-to-60mb.zip"));

        assertThat(upload.status()).as("%s", upload).isEqualTo(413);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-413");
        assertThat(upload.at("/detail")).contains("50");
        assertThat(versions()).as("versions stored").isEqualTo(versions);
        assertThat(app.as("analyst").checkOnWorkbench("set.zip", attack("set-that-unzips-to-60mb.zip")).get("errorText"))
                .asString().contains("[SHG-RULESET-413]");
    }

    @Test
    void zipEntriesNamedToLeaveTheFoldersShouldStayNamesInTheSetAndWriteNothing() throws IOException {
        List<String> names = new ArrayList<>();
        byte[] set = shippedSetWithEntriesOf(attack("zip-slip-entries.zip"), names);
        String serving = app.serving();

        Reply upload = app.as("analyst").upload("set.zip", set);

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422");
        assertThat(upload.json().get("errors").valueStream()
                .map(e -> e.get("code").asString() + " " + e.get("file").asString()))
                .containsExactlyInAnyOrder("SHG-TBL-003 shagym-zip-slip.drl.xlsx",
                        "SHG-TBL-003 shagym-zip-slip-absolute.drl.xlsx", "SHG-TBL-003 shagym-zip-slip-backslash.drl.xlsx");
        assertThat(app.bean(RuleSetVersionStore.class).findWithContent(upload.at("/id")).orElseThrow().files())
                .as("where the entries landed: inside the set, by their base names")
                .containsKeys("decision-tables/shagym-zip-slip.drl.xlsx", "decision-tables/shagym-zip-slip-absolute.drl.xlsx",
                        "decision-tables/shagym-zip-slip-backslash.drl.xlsx");
        for (Path base : List.of(Path.of("").toAbsolutePath(), folders.rulesDir(), folders.tablesDir(), Path.of("/"))) {
            for (String name : names) {
                Path target = base.resolve(name.replace('\\', '/')).normalize();
                assertThat(target).as("written outside the set").doesNotExist();
            }
        }
        assertThat(app.serving()).isEqualTo(serving);
    }

    @Test
    void sheetWithAMillionRowsShouldBeRefusedByTheRowLimit() {
        Reply upload = app.as("analyst").upload("routing.drl.xlsx", MillionRowWorkbook.bytes());

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422");
        JsonNode error = upload.json().get("errors").get(0);
        assertThat(List.of(error.get("code").asString(), error.get("file").asString(), error.get("sheet").asString()))
                .containsExactly("SHG-TBL-035", "routing.drl.xlsx", "Routing");
        assertThat(error.get("messageEn").asString()).isEqualTo("The sheet has more than 20000 rows");
        assertThat(upload.json().get("totalErrors").asInt()).isEqualTo(1);
        assertThat(app.as("analyst").checkPageOnWorkbench("routing.drl.xlsx", MillionRowWorkbook.bytes()))
                .contains("SHG-TBL-035");
    }

    private static void assertUnreadable(Reply upload) {
        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422");
        JsonNode error = upload.json().get("errors").get(0);
        assertThat(List.of(error.get("code").asString(), error.get("file").asString()))
                .containsExactly("SHG-TBL-001", "routing.drl.xlsx");
        assertThat(error.get("messageEn").asString()).startsWith("The file cannot be read as an Excel workbook (.xlsx)");
        assertThat(upload.json().get("totalErrors").asInt()).isEqualTo(1);
        assertThat(upload.body()).doesNotContainIgnoringCase("org.apache").doesNotContain("Exception")
                .doesNotContain("DOCTYPE");
    }

    /** A zip of the shipped set (so its rules are the active set's) with the fixture's entries added as named. */
    private static byte[] shippedSetWithEntriesOf(byte[] entries, List<String> names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path dir : List.of(folders.rulesDir(), folders.tablesDir())) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.sorted().toList()) {
                        zip.putNextEntry(new ZipEntry(dir.getFileName() + "/" + file.getFileName()));
                        zip.write(Files.readAllBytes(file));
                        zip.closeEntry();
                    }
                }
            }
            try (ZipInputStream slip = new ZipInputStream(new ByteArrayInputStream(entries))) {
                for (ZipEntry entry; (entry = slip.getNextEntry()) != null; ) {
                    names.add(entry.getName());
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(slip.readAllBytes());
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static int versions() {
        return app.bean(RuleSetVersionStore.class).list().size();
    }
}

package kz.shagym.release;

import static kz.shagym.release.UploadAttackTest.assertTrilingual;
import static kz.shagym.release.UploadAttackTest.attack;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile or broken tables through the API and the workbench of a running service, from
 * {@code src/test/resources/attacks/}: macros and a zip that names a file twice are refused with
 * codes of their own, a workbook with 16k bad columns gives a bounded answer and a bounded stored
 * report, and a file the library cannot read is described in words of our own, never the library's.
 */
class UploadHygieneTest {

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
    @CsvSource({
            "routing-with-vba-project.drl.xlsx, routing.drl.xlsx",
            "routing-with-macro-sheet.drl.xlsx, routing.drl.xlsx",
            "routing-old-binary-with-vba.xls, routing.xls",
            "routing-with-vba-project.drl.xlsx, routing.drl.xlsm"})
    void workbookWithMacrosShouldBeRefusedWithItsOwnCodeNamingTheFile(String fixture, String uploadedAs) {
        int versions = versions();

        Reply upload = app.as("analyst").upload(uploadedAs, attack(fixture));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-UPLOAD-422-MACRO");
        assertThat(upload.at("/file")).isEqualTo(uploadedAs);
        assertThat(upload.at("/messageEn")).contains("'" + uploadedAs + "'", "macros");
        assertTrilingual(upload.json());
        assertThat(versions()).as("nothing stored").isEqualTo(versions);

        Map<String, Object> flash = app.as("analyst").checkOnWorkbench(uploadedAs, attack(fixture));
        assertThat((String) flash.get("errorText")).contains("«" + uploadedAs + "»", "[SHG-UPLOAD-422-MACRO]");
    }

    @Test
    void zipNamingATableTwiceShouldBeRefusedNamingTheEntryNotLetTheSecondWin() {
        int versions = versions();

        Reply upload = app.as("analyst").upload("set.zip", attack("set-with-duplicate-entry.zip"));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-UPLOAD-422-DUPLICATE");
        assertThat(upload.at("/entry")).isEqualTo("decision-tables/time-limits.drl.xlsx");
        assertThat(upload.at("/file")).isEqualTo("decision-tables/time-limits.drl.xlsx");
        assertThat(upload.at("/messageEn")).contains("'time-limits.drl.xlsx' twice");
        assertTrilingual(upload.json());
        assertThat(versions()).as("nothing stored").isEqualTo(versions);

        Map<String, Object> flash = app.as("analyst").checkOnWorkbench("set.zip", attack("set-with-duplicate-entry.zip"));
        assertThat((String) flash.get("errorText")).contains("time-limits.drl.xlsx", "[SHG-UPLOAD-422-DUPLICATE]");
    }

    @Test
    void workbookWith16kBadColumnsShouldListTheFirst200ProblemsAndTheTotalInTheAnswerAndInStorage() {
        Reply upload = app.as("analyst").upload("routing.drl.xlsx", attack("routing-16k-columns.drl.xlsx"));

        assertThat(upload.status()).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422");
        assertThat(upload.json().get("errors")).hasSize(200);
        assertThat(upload.json().get("totalErrors").asInt()).isEqualTo(16384 - 14);
        JsonNode first = upload.json().get("errors").get(0);
        assertThat(List.of(first.get("code").asString(), first.get("sheet").asString(), first.get("cell").asString()))
                .containsExactly("SHG-TBL-011", "Routing", "O3");
        assertThat(upload.body().length()).as("answer size").isLessThan(500_000);

        String id = upload.at("/id");
        Reply stored = app.as("analyst").get("/api/v1/rulesets/{id}", id);
        assertThat(stored.json().at("/report/problems")).hasSize(200);
        assertThat(stored.json().at("/report/totalProblems").asInt()).isEqualTo(16384 - 14);
        assertThat(app.bean(RuleSetVersionStore.class).find(id).orElseThrow().report().length())
                .as("stored report size").isLessThan(500_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip-that-is-not-a-workbook.xlsx", "routing-cut-in-half.drl.xlsx"})
    void fileTheLibraryCannotReadShouldBeDescribedInOurWordsInThreeLanguages(String fixture) {
        Reply upload = app.as("analyst").upload("routing.drl.xlsx", attack(fixture));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        JsonNode error = upload.json().get("errors").get(0);
        assertThat(error.get("code").asString()).isEqualTo("SHG-TBL-001");
        assertThat(error.get("file").asString()).isEqualTo("routing.drl.xlsx");
        assertThat(error.get("messageEn").asString()).isEqualTo("The file cannot be read as an Excel workbook (.xlsx): "
                + "it is damaged or not a table. Open it in Excel and save it as an Excel Workbook (.xlsx)");
        assertThat(error.get("message").asString()).startsWith("Файл не читается как книга Excel (.xlsx): он повреждён");
        assertThat(error.get("messageKk").asString()).startsWith("Файл Excel кітабы (.xlsx) ретінде оқылмайды");
        assertThat(upload.body()).doesNotContainIgnoringCase("org.apache").doesNotContainIgnoringCase("bugzilla")
                .doesNotContain("Exception").doesNotContain("ZIP file").doesNotContain("content type part");
    }

    private static int versions() {
        return app.bean(RuleSetVersionStore.class).list().size();
    }
}

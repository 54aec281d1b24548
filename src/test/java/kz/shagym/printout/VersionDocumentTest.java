package kz.shagym.printout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import kz.shagym.problem.Messages;
import kz.shagym.release.Activation;
import kz.shagym.release.FolderNote;
import kz.shagym.release.Releases;
import kz.shagym.release.StoredFile;
import kz.shagym.release.StoredVersion;
import kz.shagym.release.VersionReport;
import kz.shagym.release.VersionState;
import kz.shagym.ruleset.BrokenTables;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.SheetData;
import kz.shagym.scenario.ScenarioReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sign-off PDF of the shipped set, read back with PDFBox: every row of every table, the version and who
 * activated it, page numbers on every page, in Russian and in Kazakh with the Kazakh letters intact. The PDFs
 * are left in {@code target/printout/} to be looked at.
 */
class VersionDocumentTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static CompiledRuleSet shipped;
    private static VersionPrint print;

    @BeforeAll
    static void buildTheShippedSet() {
        RuleSetSource source = BrokenTables.shipped();
        shipped = ((BuildResult.Built) BrokenTables.build(source)).ruleSet();
        List<StoredFile> files = source.files().entrySet().stream()
                .map(f -> new StoredFile(f.getKey(), sha256(f.getValue()), f.getValue().length)).toList();
        StoredVersion version = new StoredVersion(source.versionId(), 7, VersionState.ACTIVE, "analyst",
                Instant.parse("2025-03-19T04:00:00Z"), "Наурыз 2025", null, null, files);
        Activation activation = new Activation(3, "approver", Instant.parse("2025-03-20T06:30:00Z"), null,
                source.versionId(), "Бекітілді: хаттама № 4");
        ScenarioReport scenarios = new ScenarioReport(source.versionId(), 30, 30, List.of(), List.of(), List.of());
        print = new VersionPrint(version, List.of(activation), new VersionReport(List.of(), scenarios), shipped.sheets());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theDocumentShouldHoldEveryRowOfEveryTableAndNameTheVersionOnEveryPage(String lang) throws IOException {
        byte[] pdf = new VersionDocument(lang, ALMATY).write(print, Instant.parse("2025-03-21T05:00:00Z"));
        Path out = Path.of("target/printout/shipped-" + lang + ".pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            String text = stripper.getText(document);
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (SheetData sheet : shipped.sheets()) {
                for (SheetData.RowData row : sheet.rows()) {
                    assertThat(text).as("%s › %s", sheet.sheet(), row.key()).contains(displayed(row.key()));
                }
            }
            assertThat(text).contains(print.version().id(), "approver", "Бекітілді: хаттама № 4", "20.03.2025 11:30");
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String one = stripper.getText(document);
                assertThat(one).as("page %d", page).contains(print.version().id())
                        .contains("kk".equals(lang) ? pages + " беттің " + page + "-беті" : "Стр. " + page + " из " + pages);
            }
            if ("kk".equals(lang)) {
                assertThat(text).contains("Бекітуге арналған құжат", "Шағымдарды бағыттау", "Иә", "Көрсетілетін қызметті берушіге")
                        .contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і");
            } else {
                assertThat(text).contains("Документ для утверждения", "Маршрутизация жалоб", "Подписи", "Прошли 30 из 30.");
            }
        }
    }

    /**
     * A version the service took from the folders: its author, comment and activation reason are what the
     * service wrote, in English for the API (and, before FolderNote, with the server's path). The document
     * says them in its own language, as the workbench does, and never shows the path.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void aVersionFromTheFoldersShouldBeDescribedInTheDocumentsLanguageWithoutAServerPath(String lang) throws IOException {
        StoredVersion fromFolders = new StoredVersion(print.version().id(), 1, VersionState.ACTIVE, Releases.FOLDERS,
                Instant.parse("2025-03-19T04:00:00Z"), "first start from /srv/shagym/decision-tables", null, null,
                print.version().files());
        Activation byFolders = new Activation(1, Releases.FOLDERS, Instant.parse("2025-03-19T04:00:00Z"), null,
                print.version().id(), FolderNote.SAVED.text());
        VersionPrint folders = new VersionPrint(fromFolders, List.of(byFolders), print.report(), print.sheets());
        byte[] pdf = new VersionDocument(lang, ALMATY).write(folders, Instant.parse("2025-03-21T05:00:00Z"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(Messages.text(lang, "who.folders"), Messages.text(lang, "note.FIRST_START"),
                    Messages.text(lang, "note.SAVED"));
            assertThat(text).doesNotContain("/srv/", "first start", "saved in the folders");
            assertThat(text.lines().filter(line -> line.matches(".*\\bfolders\\b.*")).toList()).isEmpty();
        }
    }

    /** A date key (calendar rows) is shown as officials write dates. */
    private static String displayed(String key) {
        return key.matches("\\d{4}-\\d{2}-\\d{2}")
                ? key.substring(8) + "." + key.substring(5, 7) + "." + key.substring(0, 4) : key;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.shagym.printout.Printouts;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An analyst downloads a table of the active version to print and edit, and uploads it again. Unchanged, the
 * copy is taken as it is, and makes a draft with the very same rows; its id differs because its bytes do (the id
 * is the hash of the files), which is why the stored files are also served byte for byte: uploaded again, those
 * are the version itself.
 */
class PrintableCopyRoundTripTest {

    private static final String ROUTING = "decision-tables/routing.drl.xlsx";

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
            // closed in reverse order: the application first, then its folders and database
        }
    }

    @Test
    void aPrintableCopyUploadedUnchangedShouldMakeADraftWithTheSameRowsUnderAnotherId() {
        String shipped = folders.versionId();
        byte[] copy = app.bean(Printouts.class).printableTable(shipped, ROUTING, "kk");

        Reply upload = app.as("analyst").upload("routing.drl.xlsx", copy);

        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        assertThat(upload.at("/state")).isEqualTo("DRAFT");
        String draft = upload.at("/id");
        assertThat(draft).isNotEqualTo(shipped);
        assertThat(app.bean(Releases.class).file(draft, ROUTING)).get().isEqualTo(copy);
        Reply diff = app.as("auditor").get("/api/v1/rulesets/{from}/diff/{to}", shipped, draft);
        assertThat(diff.at("/summary/filesChanged")).isEqualTo("1");
        assertThat(List.of(diff.at("/summary/rowsAdded"), diff.at("/summary/rowsRemoved"),
                diff.at("/summary/rowsChanged"))).containsOnly("0");
    }

    @Test
    void theStoredFileUploadedAgainShouldBeTheVersionItself() throws IOException {
        String shipped = folders.versionId();
        byte[] stored = app.bean(Releases.class).file(shipped, ROUTING).orElseThrow();
        assertThat(stored).isEqualTo(Files.readAllBytes(Path.of(ROUTING)));

        Reply upload = app.as("analyst").upload("routing.drl.xlsx", stored);

        assertThat(upload.status()).as("%s", upload).isEqualTo(200);
        assertThat(upload.at("/id")).isEqualTo(shipped);
    }
}

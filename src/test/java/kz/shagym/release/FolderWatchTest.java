package kz.shagym.release;

import static kz.shagym.release.Complaints.SEVEN_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.toInformatizationBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo with its folders watched: a table saved over the old one goes through the
 * pipeline and serves within seconds; a save that fails a scenario is kept as rejected and the
 * active version goes on serving. Each test watches folders of its own.
 */
class FolderWatchTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(15);

    private TestDatabase.Connected db;
    private RuleFolders folders;
    private RunningShagym app;

    @BeforeEach
    void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.watch-folders=true",
                "shagym.release.auto-activate-folder-edits=true");
    }

    @AfterEach
    void stop() {
        try (var d = db; var f = folders; var a = app) {
            // the application first, then its folders and database
        }
    }

    @Test
    void savedTablesShouldServeWhenTheyPassAndBeKeptAsRejectedWhenTheyFail() {
        folders.saveReviewDays("T06", 7);
        String edited = folders.versionId();

        await().atMost(A_FEW_SECONDS).untilAsserted(() -> assertThat(app.serving()).isEqualTo(edited));
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(edited);
        assertThat(app.as("client").decide(toInformatizationBody("saved-edit")).at("/review/deadline"))
                .isEqualTo(SEVEN_DAYS_DEADLINE);

        folders.saveReviewDays("T01", 7);
        String failing = folders.versionId();

        await().atMost(A_FEW_SECONDS).untilAsserted(() -> assertThat(stateOf(failing)).hasValue(VersionState.REJECTED));
        assertThat(app.serving()).isEqualTo(edited);
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(edited);
    }

    @Test
    void restoringAnEarlierTableShouldServeItsVersionAgain() throws IOException {
        String before = folders.versionId();
        byte[] earlier = Files.readAllBytes(folders.tablesDir().resolve(ShippedTables.TIME_LIMITS));
        folders.saveReviewDays("T06", 8);
        String edited = folders.versionId();
        await().atMost(A_FEW_SECONDS).untilAsserted(() -> assertThat(app.serving()).isEqualTo(edited));

        // the lawyer takes the edit back: the file as it was, so the content of a version stored before
        Files.write(folders.tablesDir().resolve(ShippedTables.TIME_LIMITS), earlier);

        assertThat(folders.versionId()).isEqualTo(before);
        await().atMost(A_FEW_SECONDS).untilAsserted(() -> assertThat(app.serving()).isEqualTo(before));
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(before);
    }

    private Optional<VersionState> stateOf(String id) {
        return app.bean(RuleSetVersionStore.class).find(id).map(StoredVersion::state);
    }
}

package kz.shagym.release;

import static kz.shagym.release.Complaints.SEVEN_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.toInformatizationBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo with its folders watched: a table saved over the old one goes through the
 * pipeline and serves; a save that fails a scenario is kept as rejected and the active version goes
 * on serving. Each test watches folders of its own, and waits for the watcher to say it has taken
 * an edit in ({@link FolderEditTakenIn}), not for time to pass.
 */
class FolderWatchTest {

    private TestDatabase.Connected db;
    private RuleFolders folders;
    private RunningShagym app;
    private RunningShagym.Signals<FolderEditTakenIn> takenIn;

    @BeforeEach
    void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.watch-folders=true",
                "shagym.release.auto-activate-folder-edits=true");
        takenIn = app.listen(FolderEditTakenIn.class);
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

        takenIn(edited);
        assertThat(app.serving()).isEqualTo(edited);
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(edited);
        assertThat(app.as("client").decide(toInformatizationBody("saved-edit")).at("/review/deadline"))
                .isEqualTo(SEVEN_DAYS_DEADLINE);

        folders.saveReviewDays("T01", 7);
        String failing = folders.versionId();

        takenIn(failing);
        assertThat(stateOf(failing)).hasValue(VersionState.REJECTED);
        assertThat(app.serving()).isEqualTo(edited);
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(edited);
    }

    @Test
    void restoringAnEarlierTableShouldServeItsVersionAgain() throws IOException {
        String before = folders.versionId();
        byte[] earlier = Files.readAllBytes(folders.tablesDir().resolve(ShippedTables.TIME_LIMITS));
        folders.saveReviewDays("T06", 8);
        String edited = folders.versionId();
        takenIn(edited);
        assertThat(app.serving()).isEqualTo(edited);

        // the lawyer takes the edit back: the file as it was, so the content of a version stored before
        Files.write(folders.tablesDir().resolve(ShippedTables.TIME_LIMITS), earlier);

        assertThat(folders.versionId()).isEqualTo(before);
        takenIn(before);
        assertThat(app.serving()).isEqualTo(before);
        assertThat(app.bean(RuleSetVersionStore.class).activeId()).hasValue(before);
    }

    /** Waits until the watcher has taken in the folders holding {@code versionId} (an earlier save may come first). */
    private void takenIn(String versionId) {
        takenIn.next(event -> event.versionId().equals(versionId));
    }

    private Optional<VersionState> stateOf(String id) {
        return app.bean(RuleSetVersionStore.class).find(id).map(StoredVersion::state);
    }
}

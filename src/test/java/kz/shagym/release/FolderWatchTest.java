package kz.shagym.release;

import static kz.shagym.release.Complaints.SEVEN_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.toInformatizationBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded demo with its folders watched: a table saved over the old one goes through the
 * pipeline and serves within seconds; a save that fails a scenario is kept as rejected and the
 * active version goes on serving.
 */
class FolderWatchTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(15);

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.watch-folders=true",
                "shagym.release.auto-activate-folder-edits=true");
    }

    @AfterAll
    static void stop() {
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

    private static Optional<VersionState> stateOf(String id) {
        return app.bean(RuleSetVersionStore.class).find(id).map(StoredVersion::state);
    }
}

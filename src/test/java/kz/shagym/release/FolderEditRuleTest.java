package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A save in the folders never overrides an activation a person made through the API or the
 * workbench. In the embedded demo a save goes live only while the active version is the folders'
 * own; otherwise it waits as a draft, the folders' status says they differ, and "make a draft from
 * the folders" turns their content into a draft. On both databases; each test waits for the
 * watcher's {@link FolderEditTakenIn}, never for time to pass.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class FolderEditRuleTest {

    private static final String[] DEMO = {"shagym.release.watch-folders=true",
        "shagym.release.auto-activate-folder-edits=true"};

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private RuleFolders folders;
    private RunningShagym app;

    @BeforeEach
    void openDatabaseAndFolders() {
        db = database.open();
        folders = RuleFolders.copyOfShipped();
    }

    @AfterEach
    void stopEverything() {
        try (var d = db; var f = folders; var a = app) {
            // the application first, then its folders and database
        }
    }

    @Test
    void saveAfterAnApproversActivationOfAnUploadShouldWaitAsADraft() {
        app = RunningShagym.start(db, folders, DEMO);
        var takenIn = app.listen(FolderEditTakenIn.class);
        String upload = uploadAndActivate("T06", 7);

        folders.saveReviewDays("T06", 8);
        String saved = folders.versionId();
        takenIn.next(event -> event.versionId().equals(saved));

        assertThat(app.serving()).isEqualTo(upload);
        assertThat(store().activeId()).hasValue(upload);
        assertThat(stateOf(saved)).hasValue(VersionState.DRAFT);
        assertThat(releases().history().get(0).activatedBy()).isEqualTo("approver");
        FolderStatus status = releases().folders().orElseThrow();
        assertThat(status.inStep()).isFalse();
        assertThat(status.foldersVersion()).isEqualTo(saved);
        assertThat(status.activeVersion()).isEqualTo(upload);
        assertThat(status.stored().state()).isEqualTo(VersionState.DRAFT);
        assertThat(status.draftable()).as("already a draft").isFalse();
    }

    @Test
    void savesShouldGoLiveOnlyWhileTheActiveVersionIsTheFoldersOwn() {
        app = RunningShagym.start(db, folders, DEMO);
        var takenIn = app.listen(FolderEditTakenIn.class);
        String shipped = folders.versionId();

        String first = save(takenIn, 7);
        assertThat(app.serving()).as("the demo: the folders' own version serves, so a save goes live").isEqualTo(first);

        assertThat(app.as("approver").activate(shipped, "back to the shipped set").status()).isEqualTo(200);
        String second = save(takenIn, 8);
        assertThat(app.serving()).as("a rollback is a person's decision").isEqualTo(shipped);
        assertThat(stateOf(second)).hasValue(VersionState.DRAFT);

        assertThat(app.as("approver").activate(second, "the folders' edit, approved").status()).isEqualTo(200);
        String third = save(takenIn, 9);
        assertThat(app.serving()).as("the folders' own version serves again").isEqualTo(third);
        assertThat(releases().history().get(0).activatedBy()).isEqualTo(ReleaseBootstrap.FOLDERS);
        assertThat(releases().folders().orElseThrow().inStep()).isTrue();
    }

    @Test
    void restartOnFoldersEditedAfterAnApproversActivationShouldKeepTheApproversChoice() {
        app = RunningShagym.start(db, folders, DEMO);
        String upload = uploadAndActivate("T06", 7);
        app.close();
        folders.saveReviewDays("T06", 8);

        app = RunningShagym.start(db, folders, DEMO);

        assertThat(app.serving()).isEqualTo(upload);
        assertThat(stateOf(folders.versionId())).hasValue(VersionState.DRAFT);
        assertThat(store().find(folders.versionId()).orElseThrow().comment())
                .isEqualTo(FolderNote.EDITED_WHILE_STOPPED.text());
    }

    @Test
    void draftFromTheFoldersShouldMakeARetiredVersionADraftAgainOrStoreNewContent() {
        app = RunningShagym.start(db, folders, "shagym.release.auto-activate-folder-edits=true");
        String shipped = folders.versionId();
        String upload = uploadAndActivate("T06", 7);
        FolderStatus retired = releases().folders().orElseThrow();
        assertThat(retired.stored().state()).isEqualTo(VersionState.RETIRED);
        assertThat(retired.draftable()).isTrue();

        StoredVersion again = releases().draftFromFolders("analyst");

        assertThat(again.id()).isEqualTo(shipped);
        assertThat(again.state()).isEqualTo(VersionState.DRAFT);
        assertThat(store().actions(1).get(0)).extracting(AdministrativeAction::actedBy, AdministrativeAction::action)
                .containsExactly("analyst", "STATE_CHANGE");
        assertThat(releases().folders().orElseThrow().draftable()).isFalse();

        folders.saveReviewDays("T06", 8);
        assertThat(releases().folders().orElseThrow().stored()).as("not watched: never seen").isNull();
        StoredVersion fresh = releases().draftFromFolders("approver");

        assertThat(fresh.id()).isEqualTo(folders.versionId());
        assertThat(fresh.state()).isEqualTo(VersionState.DRAFT);
        assertThat(fresh.author()).isEqualTo("approver");
        assertThat(fresh.comment()).isEqualTo(FolderNote.DRAFT_ON_REQUEST.text());
        assertThat(fresh.parentId()).isEqualTo(upload);
        assertThat(app.serving()).as("a draft waits for an approver").isEqualTo(upload);
    }

    @Test
    void firstStartShouldNameTheTablesFolderNeverAServerPath() {
        app = RunningShagym.start(db, folders);

        StoredVersion first = store().find(folders.versionId()).orElseThrow();

        assertThat(first.comment()).isEqualTo("first start from the tables folder");
        assertThat(releases().history().get(0).reason()).isEqualTo("first start from the tables folder");
        assertThat(FolderNote.of("first start from /srv/shagym/rules + /srv/shagym/decision-tables"))
                .as("the comment versions stored before carry").hasValue(FolderNote.FIRST_START);
        assertThat(FolderNote.of("first start")).hasValue(FolderNote.FIRST_START);
        assertThat(FolderNote.of("Приказ № 7")).isEmpty();
    }

    private String save(RunningShagym.Signals<FolderEditTakenIn> takenIn, int days) {
        folders.saveReviewDays("T06", days);
        String saved = folders.versionId();
        takenIn.next(event -> event.versionId().equals(saved));
        return saved;
    }

    private String uploadAndActivate(String row, int days) {
        Reply upload = app.as("analyst").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays(row, days));
        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        Reply activation = app.as("approver").activate(upload.at("/id"), row + " at " + days + " days");
        assertThat(activation.status()).as("%s", activation).isEqualTo(200);
        return upload.at("/id");
    }

    private Releases releases() {
        return app.bean(Releases.class);
    }

    private RuleSetVersionStore store() {
        return app.bean(RuleSetVersionStore.class);
    }

    private Optional<VersionState> stateOf(String id) {
        return store().find(id).map(StoredVersion::state);
    }
}

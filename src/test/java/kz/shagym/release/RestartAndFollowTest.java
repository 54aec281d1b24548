package kz.shagym.release;

import static kz.shagym.release.Complaints.FIVE_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.SEVEN_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.toInformatizationBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LoggingSystem;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What serves after a restart, and what serves on several instances of one database: the database's
 * active version, always; the folders only add a version when they hold content never stored.
 * Every test has a database and folders of its own, and starts the instances it needs.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RestartAndFollowTest {

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private RuleFolders folders;
    private final List<RunningShagym> instances = new ArrayList<>();

    @BeforeEach
    void openDatabaseAndFolders() {
        db = database.open();
        folders = RuleFolders.copyOfShipped();
    }

    @AfterEach
    void stopEverything() {
        try (var d = db; var f = folders) {
            instances.forEach(RunningShagym::close);
        }
    }

    @Test
    void restartShouldComeBackOnTheVersionTheDatabaseSaysIsActiveNotTheFolders() {
        String shipped = folders.versionId();
        RunningShagym first = start();
        String sevenDays = uploadAndActivate(first, "T06", 7);
        first.close();

        RunningShagym restarted = start();

        assertThat(restarted.serving()).isEqualTo(sevenDays).isNotEqualTo(shipped);
        assertThat(decide(restarted, "after-restart").at("/review/deadline")).isEqualTo(SEVEN_DAYS_DEADLINE);
        assertThat(restarted.bean(RuleSetVersionStore.class).list()).as("the folders' content was stored before")
                .extracting(StoredVersion::id).containsExactlyInAnyOrder(shipped, sevenDays);
    }

    @Test
    void folderContentNeverStoredShouldWaitAsADraftAfterARestart() {
        String shipped = folders.versionId();
        start().close();
        folders.saveReviewDays("T06", 7);

        RunningShagym restarted = start("shagym.release.auto-activate-folder-edits=false");

        assertThat(restarted.serving()).isEqualTo(shipped);
        Reply edit = restarted.as("auditor").get("/api/v1/rulesets/{id}", folders.versionId());
        assertThat(edit.at("/state")).isEqualTo("DRAFT");
        assertThat(edit.at("/author")).isEqualTo(ReleaseBootstrap.FOLDERS);
        assertThat(edit.at("/parentId")).isEqualTo(shipped);
        assertThat(decide(restarted, "draft-waits").at("/review/deadline")).isEqualTo(FIVE_DAYS_DEADLINE);
    }

    @Test
    void folderContentNeverStoredShouldServeAfterARestartWhereFolderEditsAutoActivate() {
        String shipped = folders.versionId();
        start().close();
        folders.saveReviewDays("T06", 7);

        RunningShagym restarted = start("shagym.release.auto-activate-folder-edits=true");

        assertThat(restarted.serving()).isEqualTo(folders.versionId());
        assertThat(decide(restarted, "edit-serves").at("/review/deadline")).isEqualTo(SEVEN_DAYS_DEADLINE);
        Activation last = restarted.bean(Activations.class).history().get(0);
        assertThat(last.activatedBy()).isEqualTo(ReleaseBootstrap.FOLDERS);
        assertThat(last.fromVersion()).isEqualTo(shipped);
        assertThat(last.toVersion()).isEqualTo(folders.versionId());
    }

    @Test
    void activationOnOneInstanceShouldBeServedByTheOtherOnceItFollowsTheDatabase() {
        String shipped = folders.versionId();
        RunningShagym one = start("shagym.release.follow-interval=500ms");
        RunningShagym other = start("shagym.release.follow-interval=500ms");
        var oneFollowed = one.listen(ActiveVersionFollowed.class);
        var otherFollowed = other.listen(ActiveVersionFollowed.class);

        String sevenDays = uploadAndActivate(one, "T06", 7);

        otherFollowed.next(event -> event.versionId().equals(sevenDays));
        assertThat(other.serving()).isEqualTo(sevenDays);
        Reply onTheOther = decide(other, "served-by-the-other");
        assertThat(onTheOther.at("/rulesetVersion")).isEqualTo(sevenDays);
        assertThat(onTheOther.at("/review/deadline")).isEqualTo(SEVEN_DAYS_DEADLINE);

        assertThat(other.as("approver").activate(shipped, "rollback on the other instance").status()).isEqualTo(200);

        oneFollowed.next(event -> event.versionId().equals(shipped));
        assertThat(one.serving()).isEqualTo(shipped);
        assertThat(decide(one, "rolled-back-everywhere").at("/review/deadline")).isEqualTo(FIVE_DAYS_DEADLINE);
    }

    @Test
    void activationsOnEitherInstanceUnderLoadOnBothShouldGiveOnlyAnswersWhollyOfOneVersion() throws Exception {
        // what production runs several instances on; on H2 the same swap is proven on one instance
        // (RuleSetReleaseTest.activationsUnderLoadShouldSwapWholeVersions), and this costs ~10 s a database
        assumeTrue(database == TestDatabase.POSTGRES, "several instances share PostgreSQL, not an H2 file");
        String shipped = folders.versionId();
        RunningShagym one = start("shagym.release.follow-interval=200ms");
        RunningShagym other = start("shagym.release.follow-interval=200ms");
        String sevenDays = uploadAndActivate(one, "T06", 7);
        Map<String, List<String>> periodOf = Map.of(shipped, List.of("5", FIVE_DAYS_DEADLINE),
                sevenDays, List.of("7", SEVEN_DAYS_DEADLINE));

        List<DecisionLoad.Answer> answers = new ArrayList<>();
        try (DecisionLoad onOne = DecisionLoad.start(one.port(), "client", 2, Complaints::toInformatizationBody);
                DecisionLoad onOther = DecisionLoad.start(other.port(), "client", 2, Complaints::toInformatizationBody)) {
            for (int swap = 0; swap < 6; swap++) {
                onOne.awaitMoreAnswers(5, Duration.ofSeconds(20));
                onOther.awaitMoreAnswers(5, Duration.ofSeconds(20));
                RunningShagym activating = swap % 2 == 0 ? one : other;
                Reply activation = activating.as("approver").activate(swap % 2 == 0 ? shipped : sevenDays, "swap " + swap);
                assertThat(activation.status()).as("%s", activation).isEqualTo(200);
            }
            onOne.awaitMoreAnswers(5, Duration.ofSeconds(20));
            onOther.awaitMoreAnswers(5, Duration.ofSeconds(20));
            answers.addAll(onOne.stop());
            answers.addAll(onOther.stop());
        }

        List<String> mixed = answers.stream().filter(answer -> {
            String version = answer.reply() == null ? null : answer.reply().path("rulesetVersion").asString();
            return answer.status() != 200 || !periodOf.containsKey(version) || !periodOf.get(version).equals(List.of(
                    answer.reply().at("/review/workingDays").asString(), answer.reply().at("/review/deadline").asString()));
        }).map(DecisionLoad.Answer::toString).toList();
        assertThat(mixed).as("answers that are not wholly one version, of %s", answers.size()).isEmpty();
        assertThat(answers.stream().map(a -> a.reply().path("rulesetVersion").asString()).distinct())
                .containsExactlyInAnyOrder(shipped, sevenDays);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(List.of(one.serving(), other.serving())).containsOnly(sevenDays));
        assertThat(one.as("auditor").get("/api/v1/audit/verification").at("/valid")).isEqualTo("true");
    }

    @Test
    void uploadOfOneTableShouldReplaceItInTheSetTheDatabaseSaysIsActive() {
        RunningShagym one = start();
        RunningShagym lagging = start("shagym.release.follow-interval=1h");
        String sevenDays = uploadAndActivate(one, "T06", 7);
        assertThat(lagging.serving()).as("not looked at the database since its start").isNotEqualTo(sevenDays);

        Reply upload = lagging.as("analyst").upload(ShippedTables.SCENARIOS,
                ShippedTables.scenariosWithDescription("S01", "Пример из domain.md, переформулирован"));

        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        assertThat(upload.at("/parentId")).isEqualTo(sevenDays);
        assertThat(timeLimitsOf(lagging, upload.at("/id")))
                .as("the active set's time limits, not those the instance happened to serve")
                .isEqualTo(timeLimitsOf(lagging, sevenDays));
    }

    @Test
    void instancesStartingTogetherOnAnEmptyDatabaseShouldBothServeTheFirstVersion() {
        // Two applications initialising Spring Boot's logging at the same moment in one JVM race on the
        // shared Logback context ("Unable to find Spring Environment in logger context"). The race this
        // test is about is on the database, so these two leave logging as the JVM already has it.
        String loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        List<Throwable> failures = new ArrayList<>();
        try {
            CompletableFuture<RunningShagym> one = CompletableFuture.supplyAsync(() -> RunningShagym.start(db, folders));
            CompletableFuture<RunningShagym> other = CompletableFuture.supplyAsync(() -> RunningShagym.start(db, folders));
            // both are collected before anything is asserted, so that @AfterEach stops whichever started
            for (CompletableFuture<RunningShagym> starting : List.of(one, other)) {
                try {
                    instances.add(starting.join());
                } catch (CompletionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }

        assertThat(failures).as("instances that refused to start").isEmpty();
        assertThat(instances).extracting(RunningShagym::serving).containsOnly(folders.versionId());
        assertThat(instances.get(0).bean(Activations.class).history()).hasSize(1);
    }

    private RunningShagym start(String... settings) {
        RunningShagym instance = RunningShagym.start(db, folders, settings);
        instances.add(instance);
        return instance;
    }

    private static String uploadAndActivate(RunningShagym instance, String row, int days) {
        Reply upload = instance.as("analyst").upload(ShippedTables.TIME_LIMITS,
                ShippedTables.timeLimitsWithReviewDays(row, days));
        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        Reply activation = instance.as("approver").activate(upload.at("/id"), row + " at " + days + " days");
        assertThat(activation.status()).as("%s", activation).isEqualTo(200);
        return upload.at("/id");
    }

    /** The SHA-256 of a version's time-limits table. */
    private static String timeLimitsOf(RunningShagym instance, String versionId) {
        return instance.bean(RuleSetVersionStore.class).find(versionId).orElseThrow().files().stream()
                .filter(file -> file.path().equals(ShippedTables.TIME_LIMITS_PATH))
                .map(StoredFile::sha256).findFirst().orElseThrow();
    }

    private static Reply decide(RunningShagym instance, String complaintId) {
        Reply reply = instance.as("client").decide(toInformatizationBody(complaintId));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }
}

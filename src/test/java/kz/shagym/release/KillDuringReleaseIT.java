package kz.shagym.release;

import static kz.shagym.release.Complaints.toInformatizationBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.release.PackagedShagym.Answer;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the packaged service on PostgreSQL while it publishes and activates versions and
 * answers decisions, then a restart, again and again. After every restart: each stored version is
 * whole (all its files, each file's hash, the id being the hash of its content), exactly one is active
 * and it is the one the last activation named, every upload and activation that was acknowledged is
 * there, every decision answered 200 is in the audit, and the chain verifies.
 *
 * <p>The moments vary by run: even runs are killed a while after an upload was sent (the build and
 * the storing of a version), odd runs a few milliseconds after an activation was sent. Each restart
 * costs about 11 s (the rule base is compiled cold), so the default build kills 3 times (45 to 70 s on a busy two-core machine);
 * {@code mvn verify -Dit.test=KillDuringReleaseIT -Dshagym.test.kills=24} runs the full set by hand.
 */
class KillDuringReleaseIT {

    private static final int KILLS = Integer.getInteger("shagym.test.kills", 3);
    private static final int CALLERS = 3;

    @TempDir
    Path workDir;

    private final Set<String> answeredDecisions = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedVersions = ConcurrentHashMap.newKeySet();
    private final Set<String> acknowledgedActivations = ConcurrentHashMap.newKeySet();
    /** Answers to uploads and activations other than success, while the service was alive. */
    private final Set<String> surprises = ConcurrentHashMap.newKeySet();
    private int killsWithAReleaseStepUnanswered;

    @Test
    void killedWhilePublishingOrActivatingShouldLeaveWholeVersionsOneActiveAndEveryAcknowledgedDecision() throws Exception {
        try (TestDatabase.Connected db = TestDatabase.POSTGRES.open(); RuleFolders folders = RuleFolders.copyOfShipped()) {
            Set<String> setPaths = RuleSetSource.fromFolders(folders.rulesDir(), folders.tablesDir()).files().keySet();
            for (int run = 0; run < KILLS; run++) {
                PackagedShagym app = PackagedShagym.start(db, folders, workDir);
                try {
                    if (run > 0) {
                        assertNothingHalfAndNothingLost(db, app, setPaths);
                    }
                    killDuringRelease(app, run);
                } finally {
                    app.kill();
                }
            }
            try (PackagedShagym app = PackagedShagym.start(db, folders, workDir)) {
                assertNothingHalfAndNothingLost(db, app, setPaths);
            }
            System.out.printf("kill -9 x%d: %d decisions answered 200, %d versions and %d activations acknowledged,"
                    + " %d kills with an upload or activation unanswered; none lost%n", KILLS, answeredDecisions.size(),
                    acknowledgedVersions.size(), acknowledgedActivations.size(), killsWithAReleaseStepUnanswered);
            assertThat(answeredDecisions).as("decisions answered before the kills").isNotEmpty();
            assertThat(acknowledgedActivations).as("activations acknowledged before the kills").isNotEmpty();
        }
    }

    /** Runs decisions and releases against the service and kills it at this run's moment. */
    private void killDuringRelease(PackagedShagym app, int run) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger uploadsSent = new AtomicInteger();
        AtomicInteger activationsSent = new AtomicInteger();
        AtomicBoolean releaseStepUnanswered = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(CALLERS + 1);
        for (int c = 0; c < CALLERS; c++) {
            int caller = c;
            threads.submit(() -> decide(app, running, "kill-" + run + "-" + caller + "-"));
        }
        threads.submit(() -> release(app, run, running, uploadsSent, activationsSent, releaseStepUnanswered));

        boolean duringPublish = run % 2 == 0;
        AtomicInteger sent = duringPublish ? uploadsSent : activationsSent;
        int nth = 1 + run % 3;
        await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= nth || !surprises.isEmpty());
        Thread.sleep(duringPublish ? (run * 97L) % 400 : (run * 7L) % 20);
        app.kill();
        running.set(false);
        if (releaseStepUnanswered.get()) {
            killsWithAReleaseStepUnanswered++;
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).as("callers stopped").isTrue();
        assertThat(surprises).as("uploads and activations that failed before the kill").isEmpty();
    }

    private void decide(PackagedShagym app, AtomicBoolean running, String prefix) {
        for (int n = 0; running.get(); n++) {
            try {
                Answer answer = app.postJson("client", "/api/v1/decisions", toInformatizationBody(prefix + n));
                if (answer.status() == 200) {
                    answeredDecisions.add(answer.json().get("decisionId").asString());
                }
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    /** Uploads a new version (scenarios reworded, so each is new content), activates it, and again. */
    private void release(PackagedShagym app, int run, AtomicBoolean running, AtomicInteger uploadsSent,
            AtomicInteger activationsSent, AtomicBoolean unanswered) {
        for (int step = 0; running.get(); step++) {
            try {
                byte[] table = ShippedTables.scenariosWithDescription("S01", "kill run " + run + ", step " + step);
                unanswered.set(true);
                uploadsSent.incrementAndGet();
                Answer upload = app.upload("analyst", ShippedTables.SCENARIOS, table);
                unanswered.set(false);
                if (upload.status() != 201) {
                    surprises.add("upload: " + upload);
                    return;
                }
                String id = upload.json().get("id").asString();
                acknowledgedVersions.add(id);

                String reason = "kill run " + run + ", step " + step;
                unanswered.set(true);
                activationsSent.incrementAndGet();
                Answer activation = app.postJson("approver", "/api/v1/rulesets/" + id + "/activation", Map.of("reason", reason));
                unanswered.set(false);
                if (activation.status() != 200) {
                    surprises.add("activation: " + activation);
                    return;
                }
                acknowledgedActivations.add(reason);
            } catch (IOException | InterruptedException killed) {
                return;
            }
        }
    }

    private void assertNothingHalfAndNothingLost(TestDatabase.Connected db, PackagedShagym app, Set<String> setPaths)
            throws Exception {
        var jdbc = db.jdbc();
        for (String id : jdbc.sql("SELECT id FROM rule_set_version").query(String.class).list()) {
            Map<String, byte[]> files = new TreeMap<>();
            jdbc.sql("SELECT path, sha256, bytes FROM rule_set_file WHERE version_id = :id").param("id", id).query(rs -> {
                byte[] bytes = rs.getBytes("bytes");
                assertThat(RuleSetSource.sha256(bytes)).as("hash of %s in %s", rs.getString("path"), id)
                        .isEqualTo(rs.getString("sha256"));
                files.put(rs.getString("path"), bytes);
            });
            assertThat(files.keySet()).as("files of version %s", id).isEqualTo(setPaths);
            assertThat(new RuleSetSource(files).versionId()).as("version %s is the hash of its content", id).isEqualTo(id);
        }
        List<String> active = jdbc.sql("SELECT id FROM rule_set_version WHERE state = 'ACTIVE'").query(String.class).list();
        assertThat(active).as("active versions").hasSize(1);
        assertThat(jdbc.sql("SELECT to_version FROM rule_set_activation ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(String.class).single()).as("the last activation's version").isEqualTo(active.get(0));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rule_set_version v WHERE v.state = 'RETIRED' AND NOT EXISTS"
                + " (SELECT 1 FROM rule_set_activation a WHERE a.to_version = v.id)").query(Long.class).single())
                .as("retired versions that were never active").isZero();

        assertThat(jdbc.sql("SELECT id FROM rule_set_version").query(String.class).list())
                .as("acknowledged uploads").containsAll(acknowledgedVersions);
        assertThat(jdbc.sql("SELECT reason FROM rule_set_activation").query(String.class).list())
                .as("acknowledged activations").containsAll(acknowledgedActivations);
        List<String> missing = new ArrayList<>(answeredDecisions);
        missing.removeAll(jdbc.sql("SELECT decision_id FROM decision_record").query(String.class).list());
        assertThat(missing).as("decisions answered 200 but not in the audit").isEmpty();

        Answer verification = app.get("auditor", "/api/v1/audit/verification");
        assertThat(verification.json().get("valid").asBoolean()).as("chain verifies: %s", verification.json()).isTrue();
        Answer decision = app.postJson("client", "/api/v1/decisions", toInformatizationBody("after-restart"));
        assertThat(decision.json().get("rulesetVersion").asString()).as("serves the database's active version")
                .isEqualTo(active.get(0));
    }
}

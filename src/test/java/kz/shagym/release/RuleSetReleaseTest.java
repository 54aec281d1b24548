package kz.shagym.release;

import static kz.shagym.release.Complaints.FIVE_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.SEVEN_DAYS_DEADLINE;
import static kz.shagym.release.Complaints.toInformatizationBody;
import static kz.shagym.release.Complaints.toServiceProvider;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/**
 * The life of a rule set version over HTTP, on the embedded demo settings (four-eyes off): an
 * analyst uploads, the scenarios judge, an approver activates or rolls back, decisions carry the
 * version, replay and verification hold. One application per database; every test starts from
 * the shipped set being active and makes the versions it needs (uploads of identical content are
 * idempotent, so tests share versions without depending on each other's order).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class RuleSetReleaseTest {

    @Parameter
    TestDatabase database;

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;
    /** The shipped set, active after the first start. */
    static String shipped;

    @BeforeParameterizedClassInvocation
    static void start(TestDatabase database) {
        db = database.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders);
        shipped = folders.versionId();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // closed in reverse order: the application first, then its folders and database
        }
    }

    @BeforeEach
    void servingTheShippedSet() {
        if (!app.bean(RuleSetVersionStore.class).activeId().orElseThrow().equals(shipped)) {
            app.bean(Activations.class).activate(shipped, "test", "back to the shipped set", true);
        }
    }

    @Test
    void uploadOfATableWithAChangedPeriodShouldPassTheScenariosAndWaitAsADraft() {
        byte[] table = ShippedTables.timeLimitsWithReviewDays("T06", 9);

        Reply upload = app.as("analyst").upload(ShippedTables.TIME_LIMITS, table);

        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        String id = upload.at("/id");
        assertThat(upload.at("/state")).isEqualTo("DRAFT");
        assertThat(upload.at("/author")).isEqualTo("analyst");
        assertThat(upload.at("/parentId")).isEqualTo(shipped);
        assertThat(upload.json().at("/sequence").asLong()).isGreaterThan(1);
        assertThat(upload.json().at("/report/problems")).isEmpty();
        JsonNode scenarios = upload.json().at("/report/scenarios");
        assertThat(scenarios.get("total").asInt()).isEqualTo(35);
        assertThat(scenarios.get("passed").asInt()).isEqualTo(35);

        Reply stored = app.as("auditor").get("/api/v1/rulesets/{id}", id);
        assertThat(stored.at("/state")).isEqualTo("DRAFT");
        assertThat(stored.json().at("/report/scenarios/passed").asInt()).isEqualTo(35);
        Reply file = app.as("auditor").get("/api/v1/rulesets/{id}/files/" + ShippedTables.TIME_LIMITS_PATH, id);
        assertThat(file.status()).isEqualTo(200);
        assertThat(app.bean(RuleSetVersionStore.class).file(id, ShippedTables.TIME_LIMITS_PATH)).hasValue(table);

        assertThat(app.as("auditor").get("/api/v1/rulesets/active").at("/id")).isEqualTo(shipped);
        assertThat(decide(toInformatizationBody("draft-waits")).at("/rulesetVersion")).isEqualTo(shipped);
    }

    @Test
    void uploadOfContentAlreadyStoredShouldAnswerWithTheExistingId() throws IOException {
        byte[] table = ShippedTables.timeLimitsWithReviewDays("T06", 10);

        Reply first = app.as("analyst").upload(ShippedTables.TIME_LIMITS, table);
        Reply again = app.as("lawyer").upload(ShippedTables.TIME_LIMITS, table);
        Reply wholeShippedSet = app.as("analyst").upload("set.zip", zipOf(folders));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("existing").asBoolean()).isFalse();
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.at("/id")).isEqualTo(first.at("/id"));
        assertThat(again.at("/author")).as("the first upload stays its author").isEqualTo("analyst");
        assertThat(again.json().get("existing").asBoolean()).isTrue();
        assertThat(wholeShippedSet.status()).as("%s", wholeShippedSet).isEqualTo(200);
        assertThat(wholeShippedSet.at("/id")).isEqualTo(shipped);
        assertThat(wholeShippedSet.at("/state")).isEqualTo("ACTIVE");
    }

    @Test
    void tableWithAFailingScenarioShouldBeRejectedWithTheCellsAndKeptWithItsReport() {
        Reply upload = app.as("analyst").upload(ShippedTables.TIME_LIMITS,
                ShippedTables.timeLimitsWithReviewDays("T01", 7));

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.contentType()).startsWith("application/problem+json");
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422-SCENARIO");
        assertThat(upload.at("/state")).isEqualTo("REJECTED");
        assertThat(upload.json().get("failedScenarios").valueStream().map(s -> s.get("id").asString()))
                .containsExactlyInAnyOrder("S01", "S02", "S03", "S04", "S05", "S09", "S10", "S11", "S12", "S13", "S15", "S32", "S34");
        JsonNode s01 = failed(upload.json(), "S01");
        assertThat(s01.get("file").asString()).endsWith("scenarios.xlsx");
        assertThat(s01.get("sheet").asString()).isEqualTo("Scenarios");
        assertThat(s01.get("mismatches").valueStream().map(m -> m.get("cell").asString() + " expected "
                + m.get("expected").asString() + ", got " + m.get("actual").asString()))
                .contains("Q4 expected 5, got 7", "R4 expected 2025-03-31, got 2025-04-02");

        String id = upload.at("/id");
        Reply kept = app.as("auditor").get("/api/v1/rulesets/{id}", id);
        assertThat(kept.at("/state")).isEqualTo("REJECTED");
        assertThat(kept.json().at("/report/scenarios/passed").asInt()).isEqualTo(22);
        assertThat(failed(kept.json().at("/report/scenarios"), "S01").get("passed").asBoolean()).isFalse();

        Reply activation = app.as("approver").activate(id, "try anyway");
        assertThat(activation.status()).isEqualTo(409);
        assertThat(activation.at("/code")).isEqualTo("SHG-RULESET-409");
        assertThat(app.as("analyst").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T01", 7))
                .status()).as("the same content is rejected again, from its stored report").isEqualTo(422);

        Reply decision = decide(toServiceProvider("rejected-does-not-serve"));
        assertThat(decision.at("/rulesetVersion")).isEqualTo(shipped);
        assertThat(decision.at("/review/deadline")).isEqualTo(FIVE_DAYS_DEADLINE);
    }

    @Test
    void tableWithABadCellShouldBeRejectedNamingFileSheetAndCell() throws IOException {
        byte[] table = Files.readAllBytes(Path.of("src/test/resources/tables/routing-unknown-respondent.drl.xlsx"));

        Reply upload = app.as("analyst").upload("routing.drl.xlsx", table);

        assertThat(upload.status()).as("%s", upload).isEqualTo(422);
        assertThat(upload.at("/code")).isEqualTo("SHG-RULESET-422");
        assertThat(upload.json().get("errors")).hasSize(1);
        JsonNode error = upload.json().get("errors").get(0);
        assertThat(error.get("file").asString()).endsWith("routing.drl.xlsx");
        assertThat(error.get("sheet").asString()).isEqualTo("Routing");
        assertThat(error.get("cell").asString()).isEqualTo("B4");
        assertThat(error.get("message").asString()).isNotBlank();
        Reply kept = app.as("analyst").get("/api/v1/rulesets/{id}", upload.at("/id"));
        assertThat(kept.at("/state")).isEqualTo("REJECTED");
        assertThat(kept.at("/report/problems/0/cell")).isEqualTo("B4");
        assertThat(app.as("auditor").get("/api/v1/rulesets/active").at("/id")).isEqualTo(shipped);
    }

    @Test
    void whatIfUnderAVersionRejectedForABadCellShouldSayItCannotDecide() throws IOException {
        byte[] table = Files.readAllBytes(Path.of("src/test/resources/tables/routing-unknown-respondent.drl.xlsx"));
        String rejected = app.as("analyst").upload("routing.drl.xlsx", table).at("/id");

        Reply reply = app.as("client").decideUnder(rejected, toServiceProvider("what-if-under-rejected"));

        assertThat(reply.status()).as("%s", reply).isEqualTo(409);
        assertThat(reply.at("/code")).isEqualTo("SHG-RULESET-409-UNUSABLE");
        assertThat(reply.at("/detail")).contains(rejected);
    }

    @Test
    void onlyAnAnalystShouldPublishAndOnlyAnApproverShouldActivate() {
        byte[] table = ShippedTables.timeLimitsWithReviewDays("T06", 12);

        for (String caller : List.of("client", "approver", "auditor")) {
            Reply upload = app.as(caller).upload(ShippedTables.TIME_LIMITS, table);
            assertThat(upload.status()).as(caller + " uploads: %s", upload).isEqualTo(403);
            assertThat(upload.contentType()).startsWith("application/problem+json");
            assertThat(upload.at("/code")).isEqualTo("SHG-AUTH-403");
        }
        String id = app.as("analyst").upload(ShippedTables.TIME_LIMITS, table).at("/id");
        for (String caller : List.of("client", "analyst", "auditor")) {
            assertThat(app.as(caller).activate(id, "mine").status()).as(caller + " activates").isEqualTo(403);
        }
        assertThat(app.as("stranger").activate(id, "no account").status()).isEqualTo(401);

        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", id).at("/state")).isEqualTo("DRAFT");
        assertThat(app.as("auditor").get("/api/v1/rulesets/active").at("/id")).isEqualTo(shipped);
    }

    @Test
    void activationByAnApproverShouldMakeDecisionsCarryTheNewVersion() {
        String sevenDays = sevenDayVersion();

        Reply activation = app.as("approver").activate(sevenDays, "T06: seven working days");

        assertThat(activation.status()).as("%s", activation).isEqualTo(200);
        assertThat(activation.at("/fromVersion")).isEqualTo(shipped);
        assertThat(activation.at("/toVersion")).isEqualTo(sevenDays);
        assertThat(activation.at("/activatedBy")).isEqualTo("approver");
        assertThat(app.as("auditor").get("/api/v1/rulesets/active").at("/id")).isEqualTo(sevenDays);
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", shipped).at("/state")).isEqualTo("RETIRED");

        Reply decision = decide(toInformatizationBody("after-activation"));
        assertThat(decision.at("/rulesetVersion")).isEqualTo(sevenDays);
        assertThat(decision.at("/review/workingDays")).isEqualTo("7");
        assertThat(decision.at("/review/deadline")).isEqualTo(SEVEN_DAYS_DEADLINE);
        Reply recorded = app.as("auditor").get("/api/v1/decisions/{id}", decision.at("/decisionId"));
        assertThat(recorded.at("/rulesetVersion")).isEqualTo(sevenDays);
    }

    @Test
    void activatingARetiredVersionShouldRollBackAndBeRecordedInTheHistory() {
        String sevenDays = sevenDayVersion();
        app.as("approver").activate(sevenDays, "T06: seven working days");
        Instant before = Instant.now().minusSeconds(1);

        Reply rollback = app.as("approver").activate(shipped, "rollback: the period was not confirmed");

        assertThat(rollback.status()).as("%s", rollback).isEqualTo(200);
        assertThat(decide(toInformatizationBody("after-rollback")).at("/review/deadline")).isEqualTo(FIVE_DAYS_DEADLINE);
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", sevenDays).at("/state")).isEqualTo("RETIRED");
        JsonNode history = app.as("auditor").get("/api/v1/activations").json();
        JsonNode last = history.get(0);
        assertThat(last.get("activatedBy").asString()).isEqualTo("approver");
        assertThat(last.get("fromVersion").asString()).isEqualTo(sevenDays);
        assertThat(last.get("toVersion").asString()).isEqualTo(shipped);
        assertThat(last.get("reason").asString()).isEqualTo("rollback: the period was not confirmed");
        assertThat(Instant.parse(last.get("activatedAt").asString())).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(history.get(1).get("toVersion").asString()).isEqualTo(sevenDays);
        assertThat(app.bean(RuleSetVersionStore.class).actions(1).get(0).action()).isEqualTo("ROLLBACK");
    }

    @Test
    void replayOfAnOlderDecisionUnderItsVersionShouldGiveTheSameAnswer() {
        Reply original = decide(toInformatizationBody("to-replay"));
        String sevenDays = sevenDayVersion();
        app.as("approver").activate(sevenDays, "T06: seven working days");

        Reply replay = app.as("auditor").post("/api/v1/decisions/{id}/replay", original.at("/decisionId"));

        assertThat(replay.status()).as("%s", replay).isEqualTo(200);
        assertThat(replay.at("/recordedVersion")).isEqualTo(shipped);
        assertThat(replay.at("/activeVersion")).isEqualTo(sevenDays);
        assertThat(replay.json().at("/recorded/equal").asBoolean()).isTrue();
        assertThat(replay.json().at("/recorded/differences")).isEmpty();
        assertThat(replay.at("/recorded/answer/review/deadline")).isEqualTo(FIVE_DAYS_DEADLINE);
        assertThat(replay.json().at("/active/equal").asBoolean()).isFalse();
        assertThat(replay.json().at("/active/differences").valueStream().map(d -> d.get("path").asString()))
                .contains("rulesetVersion", "review.workingDays", "review.deadline");
    }

    @Test
    void decisionUnderANamedVersionShouldAnswerUnderItAndEchoIt() {
        String sevenDays = sevenDayVersion();

        Reply whatIf = app.as("client").decideUnder(sevenDays, toInformatizationBody("what-if"));

        assertThat(whatIf.status()).as("%s", whatIf).isEqualTo(200);
        assertThat(whatIf.at("/rulesetVersion")).isEqualTo(sevenDays);
        assertThat(whatIf.at("/review/deadline")).isEqualTo(SEVEN_DAYS_DEADLINE);
        Reply recorded = app.as("auditor").get("/api/v1/decisions/{id}", whatIf.at("/decisionId"));
        assertThat(recorded.at("/rulesetVersion")).isEqualTo(sevenDays);
        assertThat(recorded.json().get("whatIf").asBoolean()).isTrue();
        assertThat(decide(toInformatizationBody("meanwhile")).at("/rulesetVersion")).isEqualTo(shipped);

        Reply unknown = app.as("client").decideUnder("0".repeat(64), toInformatizationBody("what-if-unknown"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/code")).isEqualTo("SHG-RULESET-404");
    }

    @Test
    void decisionChangedByHandInTheDatabaseShouldBeNamedByTheVerification() {
        String changed = decide(toInformatizationBody("to-be-changed")).at("/decisionId");
        decide(toInformatizationBody("after-it"));
        assertThat(app.as("auditor").get("/api/v1/audit/verification").at("/valid")).isEqualTo("true");
        String answer = db.jdbc().sql("SELECT answer_json FROM decision_record WHERE decision_id = :id")
                .param("id", changed).query(String.class).single();
        assertThat(answer).contains(FIVE_DAYS_DEADLINE);
        try {
            db.jdbc().sql("UPDATE decision_record SET answer_json = :answer WHERE decision_id = :id")
                    .param("answer", answer.replace(FIVE_DAYS_DEADLINE, "2025-04-30"))
                    .param("id", changed)
                    .update();

            Reply verification = app.as("auditor").get("/api/v1/audit/verification");

            assertThat(verification.at("/valid")).isEqualTo("false");
            assertThat(verification.at("/firstBroken")).isEqualTo(changed);
        } finally {
            db.jdbc().sql("UPDATE decision_record SET answer_json = :answer WHERE decision_id = :id")
                    .param("answer", answer).param("id", changed).update();
        }
        assertThat(app.as("auditor").get("/api/v1/audit/verification").at("/valid")).isEqualTo("true");
    }

    @Test
    void decisionWhoseAuditRecordCannotBeWrittenShouldBeRefusedWith503() {
        decide(toInformatizationBody("before-the-outage"));
        db.jdbc().sql("ALTER TABLE decision_record RENAME TO decision_record_away").update();
        Reply refused;
        try {
            refused = app.as("client").decide(toInformatizationBody("during-the-outage"));
        } finally {
            db.jdbc().sql("ALTER TABLE decision_record_away RENAME TO decision_record").update();
        }

        assertThat(refused.status()).as("%s", refused).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.at("/code")).isEqualTo("SHG-AUDIT-503");
        assertThat(refused.at("/decisionId")).isNull();
        assertThat(refused.at("/review")).isNull();
        assertThat(app.as("auditor").get("/api/v1/decisions?complaintId=during-the-outage").at("/total")).isEqualTo("0");
        assertThat(decide(toInformatizationBody("after-the-outage")).status()).isEqualTo(200);
        assertThat(app.as("auditor").get("/api/v1/audit/verification").at("/valid")).isEqualTo("true");
    }

    @Test
    void authorShouldActivateTheirOwnVersionWhenFourEyesIsOffAsInTheDemo() {
        String id = app.as("lawyer").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 11))
                .at("/id");

        Reply activation = app.as("lawyer").activate(id, "my own edit");

        assertThat(activation.status()).as("%s", activation).isEqualTo(200);
        assertThat(activation.at("/activatedBy")).isEqualTo("lawyer");
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", id).at("/author")).isEqualTo("lawyer");
    }

    @Test
    void activationsUnderLoadShouldSwapWholeVersions() throws Exception {
        String sevenDays = sevenDayVersion();
        Map<String, String> deadlineOf = Map.of(shipped, FIVE_DAYS_DEADLINE, sevenDays, SEVEN_DAYS_DEADLINE);
        Map<String, String> daysOf = Map.of(shipped, "5", sevenDays, "7");

        List<DecisionLoad.Answer> answers;
        try (DecisionLoad load = DecisionLoad.start(app.port(), "client", 4, Complaints::toInformatizationBody)) {
            for (int swap = 0; swap < 6; swap++) {
                load.awaitMoreAnswers(5, Duration.ofSeconds(20));
                String next = swap % 2 == 0 ? sevenDays : shipped;
                assertThat(app.as("approver").activate(next, "swap " + swap).status()).isEqualTo(200);
            }
            load.awaitMoreAnswers(5, Duration.ofSeconds(20));
            answers = load.stop();
        }

        assertThat(answers).hasSizeGreaterThanOrEqualTo(35);
        List<String> wrong = new ArrayList<>();
        for (DecisionLoad.Answer answer : answers) {
            String version = answer.reply() == null ? null : answer.reply().path("rulesetVersion").asString();
            if (answer.status() != 200 || !deadlineOf.containsKey(version)
                    || !deadlineOf.get(version).equals(answer.reply().at("/review/deadline").asString())
                    || !daysOf.get(version).equals(answer.reply().at("/review/workingDays").asString())) {
                wrong.add(answer.toString());
            }
        }
        assertThat(wrong).as("answers that are not wholly one version").isEmpty();
        assertThat(answers.stream().map(a -> a.reply().path("rulesetVersion").asString()).distinct())
                .containsExactlyInAnyOrder(shipped, sevenDays);
        assertThat(app.as("auditor").get("/api/v1/audit/verification").at("/valid")).isEqualTo("true");
    }

    /** T06 at seven working days: passes every scenario. Stored once, then found again by its content. */
    private static String sevenDayVersion() {
        Reply upload = app.as("analyst").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 7));
        assertThat(upload.status()).as("%s", upload).isIn(200, 201);
        return upload.at("/id");
    }

    private static Reply decide(String facts) {
        Reply reply = app.as("client").decide(facts);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply;
    }

    private static JsonNode failed(JsonNode scenarios, String id) {
        JsonNode list = scenarios.has("failedScenarios") ? scenarios.get("failedScenarios") : scenarios.get("results");
        return list.valueStream().filter(s -> s.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static byte[] zipOf(RuleFolders folders) throws IOException {
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
        }
        return bytes.toByteArray();
    }
}

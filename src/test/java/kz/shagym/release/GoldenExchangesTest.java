package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ruleset, activation and replay APIs held to the golden exchanges under
 * {@code src/test/resources/golden/}, replayed against the whole application on each database. Every
 * test makes the versions and decisions it needs from content no other test uploads, and starts from
 * the shipped set being active, so the order of the tests does not matter.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class GoldenExchangesTest {

    @Parameter
    TestDatabase database;

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;
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
    void uploadOfATableThatPassesShouldAnswerTheGoldenDraft() {
        Reply reply = GoldenExchange.read("rulesets/upload-created").replay(app, Map.of());

        assertThat(reply.at("/parentId")).isEqualTo(shipped);
    }

    @Test
    void readingTheActiveVersionShouldAnswerTheGoldenDescription() {
        Reply reply = GoldenExchange.read("rulesets/read-active").replay(app, Map.of());

        assertThat(reply.at("/id")).isEqualTo(shipped);
    }

    @Test
    void uploadOfATableWithBrokenCellsShouldAnswerTheGoldenProblem() {
        GoldenExchange.read("rulesets/upload-rejected").replay(app, Map.of());
    }

    @Test
    void activationOfADraftShouldAnswerTheGoldenActivation() {
        String draft = app.as("analyst").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 11))
                .at("/id");

        Reply reply = GoldenExchange.read("activation/activate-draft").replay(app, Map.of("draft", draft));

        assertThat(reply.at("/fromVersion")).isEqualTo(shipped);
        assertThat(reply.at("/toVersion")).isEqualTo(draft);
    }

    @Test
    void activationOfARejectedVersionShouldAnswerTheGoldenConflict() throws IOException {
        Reply rejected = app.as("analyst").upload("routing.drl.xlsx",
                Files.readAllBytes(Path.of("src/test/resources/tables/routing-unknown-respondent.drl.xlsx")));
        assertThat(rejected.status()).as("%s", rejected).isEqualTo(422);

        GoldenExchange.read("activation/activate-rejected").replay(app, Map.of("rejected", rejected.at("/id")));
    }

    @Test
    void replayAfterAnotherVersionBecameActiveShouldAnswerTheGoldenComparison() {
        String decision = app.as("client").decide(Complaints.toInformatizationBody("golden-replay")).at("/decisionId");
        String twelveDays = app.as("analyst").upload(ShippedTables.TIME_LIMITS,
                ShippedTables.timeLimitsWithReviewDays("T06", 12)).at("/id");
        assertThat(app.as("approver").activate(twelveDays, "T06: twelve working days").status()).isEqualTo(200);

        Reply reply = GoldenExchange.read("replay/replay-after-activation").replay(app, Map.of("decision", decision));

        assertThat(reply.at("/recordedVersion")).isEqualTo(shipped);
        assertThat(reply.at("/activeVersion")).isEqualTo(twelveDays);
    }
}

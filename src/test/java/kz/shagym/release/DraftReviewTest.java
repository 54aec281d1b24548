package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An approver answers a draft without activating it: returned to its author for rework, or rejected,
 * each with a reason that the author reads back. Neither can be activated afterwards, and only a draft
 * is answered. Through the API, on both databases.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class DraftReviewTest {

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private RuleFolders folders;
    private RunningShagym app;

    @BeforeEach
    void start() {
        db = database.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.four-eyes=true");
    }

    @AfterEach
    void stop() {
        try (var d = db; var f = folders; var a = app) {
            // the application first, then its folders and database
        }
    }

    @Test
    void draftReturnedForReworkShouldKeepItsReasonForTheAuthorAndNeverBeActivated() {
        String draft = upload("T06", 7);

        Reply returned = app.as("approver").review(draft, "return", "  Укажите основание: приказ № 7 от 01.03.2025  ");

        assertThat(returned.status()).as("%s", returned).isEqualTo(200);
        assertThat(returned.at("/outcome")).isEqualTo("RETURNED");
        assertThat(returned.at("/reviewedBy")).isEqualTo("approver");
        assertThat(returned.at("/reason")).isEqualTo("Укажите основание: приказ № 7 от 01.03.2025");
        assertThat(app.as("analyst").get("/api/v1/rulesets/{id}", draft).at("/state")).isEqualTo("RETURNED");
        VersionReview review = app.bean(Releases.class).reviews().get(draft);
        assertThat(review).extracting(VersionReview::outcome, VersionReview::reviewedBy, VersionReview::reason)
                .containsExactly(VersionState.RETURNED, "approver", "Укажите основание: приказ № 7 от 01.03.2025");
        assertThat(app.bean(RuleSetVersionStore.class).actions(1)).extracting(AdministrativeAction::actedBy,
                AdministrativeAction::action, AdministrativeAction::target, AdministrativeAction::details)
                .containsExactly(tuple("approver", "RETURN", draft,
                        "{\"from\":\"DRAFT\",\"reason\":\"Укажите основание: приказ № 7 от 01.03.2025\"}"));

        Reply activation = app.as("approver").activate(draft, "after all");
        assertThat(activation.status()).isEqualTo(409);
        assertThat(activation.at("/code")).isEqualTo("SHG-RULESET-409");
        assertThat(activation.at("/detail")).contains("возвращена на доработку", "returned for rework");
        assertThat(app.serving()).isEqualTo(folders.versionId());
    }

    @Test
    void rejectedDraftShouldStayRejectedAndAVersionNoLongerADraftShouldNotBeAnsweredAgain() {
        String draft = upload("T06", 8);

        Reply rejected = app.as("approver").review(draft, "rejection", "Срок 8 дней не предусмотрен законом");

        assertThat(rejected.status()).as("%s", rejected).isEqualTo(200);
        assertThat(rejected.at("/outcome")).isEqualTo("REJECTED");
        assertThat(app.bean(Releases.class).reviews().get(draft).reason()).isEqualTo("Срок 8 дней не предусмотрен законом");
        Reply again = app.as("approver").review(draft, "return", "передумал");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/detail")).contains("только черновик", "Only a draft");
        Reply active = app.as("approver").review(folders.versionId(), "rejection", "действующую не отклоняют");
        assertThat(active.status()).isEqualTo(409);
        assertThat(app.as("auditor").get("/api/v1/rulesets/active").at("/id")).isEqualTo(folders.versionId());
        assertThat(app.as("approver").activate(draft, "anyway").status()).isEqualTo(409);
    }

    @Test
    void answerWithoutAReasonOrFromAnotherRoleShouldChangeNothing() {
        String draft = upload("T06", 9);

        Reply blank = app.as("approver").review(draft, "return", "   ");
        Reply none = app.as("approver").review(draft, "rejection", null);
        Reply tooLong = app.as("approver").review(draft, "rejection", "x".repeat(ReasonRequired.MAX_LENGTH + 1));
        Reply analyst = app.as("analyst").review(draft, "rejection", "свой черновик");
        Reply unknown = app.as("approver").review("f".repeat(64), "rejection", "нет такой");

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.at("/code")).isEqualTo("SHG-RULESET-400-REASON");
        assertThat(blank.at("/detail")).contains("Укажите причину", "Give a reason");
        assertThat(none.at("/code")).isEqualTo("SHG-RULESET-400-REASON");
        assertThat(tooLong.at("/code")).isEqualTo("SHG-RULESET-400-REASON");
        assertThat(analyst.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(app.as("analyst").get("/api/v1/rulesets/{id}", draft).at("/state")).isEqualTo("DRAFT");
        assertThat(app.bean(Releases.class).reviews()).doesNotContainKey(draft);
    }

    private String upload(String row, int days) {
        Reply upload = app.as("analyst").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays(row, days));
        assertThat(upload.status()).as("%s", upload).isEqualTo(201);
        return upload.at("/id");
    }
}

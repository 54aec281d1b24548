package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shagym.release.RunningShagym.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With {@code shagym.release.four-eyes=true}, as in production, an author may not activate their own version. */
class FourEyesTest {

    static TestDatabase.Connected db;
    static RuleFolders folders;
    static RunningShagym app;

    @BeforeAll
    static void start() {
        db = TestDatabase.H2.open();
        folders = RuleFolders.copyOfShipped();
        app = RunningShagym.start(db, folders, "shagym.release.four-eyes=true");
    }

    @AfterAll
    static void stop() {
        try (var d = db; var f = folders; var a = app) {
            // the application first, then its folders and database
        }
    }

    @Test
    void authorActivatingTheirOwnVersionShouldGet403AndAnotherApproverShouldSucceed() {
        String shipped = folders.versionId();
        String id = app.as("lawyer").upload(ShippedTables.TIME_LIMITS, ShippedTables.timeLimitsWithReviewDays("T06", 7))
                .at("/id");

        Reply own = app.as("lawyer").activate(id, "my own edit");

        assertThat(own.status()).as("%s", own).isEqualTo(403);
        assertThat(own.contentType()).startsWith("application/problem+json");
        assertThat(own.at("/code")).isEqualTo("SHG-RULESET-403-FOUR-EYES");
        assertThat(own.at("/detail")).contains(id);
        assertThat(app.as("auditor").get("/api/v1/rulesets/{id}", id).at("/state")).isEqualTo("DRAFT");
        assertThat(app.serving()).isEqualTo(shipped);

        assertThat(app.as("approver").activate(id, "reviewed by a second pair of eyes").status()).isEqualTo(200);
        assertThat(app.serving()).isEqualTo(id);
        assertThat(app.as("lawyer").activate(shipped, "rollback of someone else's version").status())
                .as("the rule binds authors only").isEqualTo(200);
    }
}

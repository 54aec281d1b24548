package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.shagym.release.AdministrativeAction;
import kz.shagym.release.RuleSetVersionStore;
import kz.shagym.release.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class AdminActionsTest {

    private static final Instant NOW = Instant.parse("2025-03-19T04:00:00Z");

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private AdminActions actions;

    @BeforeEach
    void openDatabase() {
        db = database.open();
        actions = new AdminActions(
                new RuleSetVersionStore(db.dataSource(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void recordShouldKeepWhoDidWhatToWhichVersionWithItsDetailsAsCanonicalJson() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "сроки Наурыза");
        details.put("from", "v2");

        AdministrativeAction rollback = actions.record("approver", AdminActions.Action.ROLLBACK, "v1", details);

        assertThat(rollback.actedBy()).isEqualTo("approver");
        assertThat(rollback.actedAt()).isEqualTo(NOW);
        assertThat(rollback.action()).isEqualTo("ROLLBACK");
        assertThat(rollback.target()).isEqualTo("v1");
        assertThat(rollback.details()).isEqualTo("{\"from\":\"v2\",\"reason\":\"сроки Наурыза\"}");
        assertThat(actions.recent(5)).containsExactly(rollback);
    }

    @Test
    void recentShouldListTheLatestActionsNewestFirst() {
        AdministrativeAction upload = actions.record("analyst", AdminActions.Action.UPLOAD, "v1", Map.of());
        AdministrativeAction activation = actions.record("approver", AdminActions.Action.ACTIVATION, "v1", null);

        assertThat(actions.recent(10)).containsExactly(activation, upload);
        assertThat(upload.details()).isNull();
    }
}

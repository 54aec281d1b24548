package kz.shagym.release;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;

/**
 * The administrative trail is written by the store inside the transaction of the change it
 * describes: an entry that cannot be written undoes the change, so nothing is committed without one.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AdministrativeTrailTest {

    private static final Instant NOW = Instant.parse("2025-03-19T04:00:00Z");

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private RuleSetVersionStore store;
    private AdministrativeTrail trail;

    @BeforeEach
    void openDatabase() {
        db = database.open();
        store = new RuleSetVersionStore(db.dataSource(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        trail = new AdministrativeTrail(db.jdbc());
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

        AdministrativeAction rollback = trail.record("approver", TrailAction.ROLLBACK, "v1", details, NOW);

        assertThat(rollback.actedBy()).isEqualTo("approver");
        assertThat(rollback.actedAt()).isEqualTo(NOW);
        assertThat(rollback.action()).isEqualTo("ROLLBACK");
        assertThat(rollback.target()).isEqualTo("v1");
        assertThat(rollback.details()).isEqualTo("{\"from\":\"v2\",\"reason\":\"сроки Наурыза\"}");
        assertThat(store.actions(5)).containsExactly(rollback);
    }

    @Test
    void recentShouldListTheLatestActionsNewestFirst() {
        AdministrativeAction upload = trail.record("analyst", TrailAction.UPLOAD, "v1", Map.of(), NOW);
        AdministrativeAction activation = trail.record("approver", TrailAction.ACTIVATION, "v1", null, NOW);

        assertThat(store.actions(10)).containsExactly(activation, upload);
        assertThat(store.actions(1)).containsExactly(activation);
        assertThat(activation.id()).isGreaterThan(upload.id());
        assertThat(upload.details()).isNull();
    }

    @Test
    void changesShouldEachLeaveOneEntryNamingWhoDidWhat() {
        StoredVersion one = store.save(NewVersion.draft("analyst", "Наурыз", null, null, files("1")),
                Map.of("comment", "Наурыз", "problems", 0));
        StoredVersion two = store.save(new NewVersion("bad", VersionState.REJECTED, "analyst", null, null, null,
                files("2")), Map.of("problems", 3));
        StoredVersion three = store.save(NewVersion.draft("analyst", null, null, null, files("3")), Map.of());
        store.activate(one.id(), "approver", "приказ");
        store.activate(three.id(), "approver", null);
        store.activate(one.id(), "approver", "сроки неверны");
        store.save(NewVersion.draft("someone else", null, null, null, files("1")), Map.of("problems", 0));

        assertThat(store.actions(10)).extracting(AdministrativeAction::actedBy, AdministrativeAction::action,
                AdministrativeAction::target, AdministrativeAction::details).containsExactly(
                tuple("approver", "ROLLBACK", one.id(), "{\"from\":\"" + three.id() + "\",\"reason\":\"сроки неверны\"}"),
                tuple("approver", "ACTIVATION", three.id(), "{\"from\":\"" + one.id() + "\",\"reason\":\"\"}"),
                tuple("approver", "ACTIVATION", one.id(), "{\"from\":\"null\",\"reason\":\"приказ\"}"),
                tuple("analyst", "UPLOAD", three.id(), null),
                tuple("analyst", "REJECTED_UPLOAD", two.id(), "{\"problems\":3}"),
                tuple("analyst", "UPLOAD", one.id(), "{\"comment\":\"Наурыз\",\"problems\":0}"));
    }

    @Test
    void activationWhoseTrailEntryCannotBeWrittenShouldLeaveThePreviousVersionActive() {
        StoredVersion one = store.save(NewVersion.draft("analyst", null, null, null, files("1")), Map.of());
        StoredVersion two = store.save(NewVersion.draft("analyst", null, null, null, files("2")), Map.of());
        store.activate(one.id(), "approver", null);
        trailCannotBeWritten();

        assertThatThrownBy(() -> store.activate(two.id(), "approver", "Наурыз")).isInstanceOf(DataAccessException.class);

        assertThat(store.activeId()).contains(one.id());
        assertThat(store.find(two.id()).orElseThrow().state()).isEqualTo(VersionState.DRAFT);
        assertThat(store.activations()).hasSize(1);
    }

    @Test
    void activationWhoseTrailEntryCannotBeWrittenShouldKeepServingThePreviousVersion() {
        StoredVersion one = store.save(NewVersion.draft("analyst", null, null, null, files("1")), Map.of());
        StoredVersion two = store.save(NewVersion.draft("analyst", null, null, null, files("2")), Map.of());
        RuleSetRegistry registry = new RuleSetRegistry(id -> Optional.of(compiled(id)));
        Activations activations = new Activations(store, registry, new ReleaseSettings(true, false, false,
                Duration.ofSeconds(2), Duration.ofMinutes(1), 20_971_520, 2, 8));
        activations.activate(one.id(), "approver", null, false);
        trailCannotBeWritten();

        assertThatThrownBy(() -> activations.activate(two.id(), "approver", "Наурыз", false))
                .isInstanceOf(DataAccessException.class);

        assertThat(registry.active().versionId()).as("served").isEqualTo(one.id());
        assertThat(store.activeId()).as("the database's choice").contains(one.id());
    }

    @Test
    void versionWhoseTrailEntryCannotBeWrittenShouldNotBeStored() {
        trailCannotBeWritten();

        assertThatThrownBy(() -> store.save(NewVersion.draft("analyst", null, null, null, files("1")), Map.of()))
                .isInstanceOf(DataAccessException.class);

        assertThat(store.list()).isEmpty();
    }

    @Test
    void rejectingADraftShouldBeOneStateChangeInTheTrail() {
        StoredVersion draft = store.save(NewVersion.draft("analyst", null, null, null, files("1")), Map.of());

        store.setState(draft.id(), VersionState.REJECTED, "approver");

        assertThat(store.actions(1)).extracting(AdministrativeAction::actedBy, AdministrativeAction::action,
                AdministrativeAction::details).containsExactly(
                tuple("approver", "STATE_CHANGE", "{\"from\":\"DRAFT\",\"to\":\"REJECTED\"}"));
    }

    /** The trail's table is gone: every write to it fails, as on a database that refuses it. */
    private void trailCannotBeWritten() {
        db.jdbc().sql("DROP TABLE admin_action").update();
    }

    private static CompiledRuleSet compiled(String versionId) {
        CompiledRuleSet ruleSet = mock(CompiledRuleSet.class);
        given(ruleSet.versionId()).willReturn(versionId);
        return ruleSet;
    }

    private static Map<String, byte[]> files(String content) {
        return Map.of("rules/a.drl", content.getBytes(UTF_8));
    }
}

package kz.shagym.release;

import kz.shagym.ruleset.RuleSetSource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.shagym.decision.UnknownRuleSetVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RuleSetVersionStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-19T09:30:00.123456Z");
    private static final Map<String, Object> NO_DETAILS = Map.of();

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private RuleSetVersionStore store;

    @BeforeEach
    void openDatabase() {
        db = database.open();
        store = new RuleSetVersionStore(db.dataSource(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void saveShouldStoreTheVersionWithItsFilesAndFindItWithAndWithoutBytes() {
        NewVersion draft = NewVersion.draft("analyst", "Nauryz 2025", null, "{\"errors\":[]}",
                files("rules/routing.drl", "rule A", "decision-tables/periods.xlsx", "xlsx bytes"));

        StoredVersion saved = store.save(draft, NO_DETAILS);

        assertThat(saved.id()).isEqualTo(new RuleSetSource(draft.files()).versionId());
        assertThat(saved.sequence()).isEqualTo(1);
        assertThat(saved.state()).isEqualTo(VersionState.DRAFT);
        assertThat(saved.author()).isEqualTo("analyst");
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(saved.comment()).isEqualTo("Nauryz 2025");
        assertThat(saved.report()).isEqualTo("{\"errors\":[]}");
        assertThat(saved.files()).containsExactly(
                new StoredFile("decision-tables/periods.xlsx", RuleSetSource.sha256("xlsx bytes".getBytes(UTF_8)), 10),
                new StoredFile("rules/routing.drl", RuleSetSource.sha256("rule A".getBytes(UTF_8)), 6));
        assertThat(store.find(saved.id())).contains(saved);

        VersionContent content = store.findWithContent(saved.id()).orElseThrow();
        assertThat(content.version()).isEqualTo(saved);
        assertThat(content.files()).containsOnlyKeys("decision-tables/periods.xlsx", "rules/routing.drl");
        assertThat(content.files().get("rules/routing.drl")).asString(UTF_8).isEqualTo("rule A");
        assertThat(store.file(saved.id(), "decision-tables/periods.xlsx")).hasValueSatisfying(
                bytes -> assertThat(bytes).asString(UTF_8).isEqualTo("xlsx bytes"));
        assertThat(store.file(saved.id(), "missing.drl")).isEmpty();
        assertThat(store.find("no-such-version")).isEmpty();
    }

    @Test
    void saveWhenTheContentIsAlreadyStoredShouldReturnTheStoredVersionAndAddNothing() {
        StoredVersion first = store.save(NewVersion.draft("analyst", "first", null, null, files("a.drl", "x")), NO_DETAILS);

        StoredVersion again = store.save(NewVersion.draft("someone else", "again", null, null, files("a.drl", "x")), NO_DETAILS);

        assertThat(again).isEqualTo(first);
        assertThat(store.list()).hasSize(1);
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM rule_set_file").query(Long.class).single()).isEqualTo(1);
        assertThat(store.nextSequence()).isEqualTo(2);
    }

    @Test
    void listShouldShowEveryVersionNewestFirstWithItsState() {
        StoredVersion one = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "1")), NO_DETAILS);
        StoredVersion two = store.save(NewVersion.draft("a", null, one.id(), null, files("a.drl", "2")), NO_DETAILS);
        StoredVersion three = store.save(new NewVersion("rejected-3", VersionState.REJECTED, "a", null, two.id(),
                "{\"errors\":[{\"cell\":\"B7\"}]}", files("a.drl", "3")), NO_DETAILS);
        store.activate(two.id(), "approver", null);

        assertThat(store.list()).extracting(StoredVersion::id, StoredVersion::sequence, StoredVersion::state)
                .containsExactly(
                        tuple(three.id(), 3L, VersionState.REJECTED),
                        tuple(two.id(), 2L, VersionState.ACTIVE),
                        tuple(one.id(), 1L, VersionState.DRAFT));
        assertThat(store.list().get(1).parentId()).isEqualTo(one.id());
        assertThat(store.list().get(1).files()).extracting(StoredFile::path).containsExactly("a.drl");
        assertThat(store.nextSequence()).isEqualTo(4);
    }

    @Test
    void activateShouldLeaveExactlyOneActiveVersionAndRetireThePreviousOne() {
        StoredVersion one = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "1")), NO_DETAILS);
        StoredVersion two = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "2")), NO_DETAILS);
        assertThat(store.activeId()).isEmpty();

        store.activate(one.id(), "approver", "first release");
        store.activate(two.id(), "approver", "Nauryz days off");

        assertThat(store.activeId()).contains(two.id());
        assertThat(store.find(one.id()).orElseThrow().state()).isEqualTo(VersionState.RETIRED);
        assertThat(store.list()).filteredOn(v -> v.state() == VersionState.ACTIVE).hasSize(1);
    }

    @Test
    void activateAnOlderVersionShouldRollBackAndAppearInTheActivationHistory() {
        StoredVersion one = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "1")), NO_DETAILS);
        StoredVersion two = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "2")), NO_DETAILS);
        store.activate(one.id(), "approver", "first release");
        store.activate(two.id(), "approver", "new periods");

        Activation rollback = store.activate(one.id(), "auditor-approved", "periods were wrong");

        assertThat(rollback.fromVersion()).isEqualTo(two.id());
        assertThat(rollback.toVersion()).isEqualTo(one.id());
        assertThat(rollback.activatedAt()).isEqualTo(NOW);
        assertThat(store.activeId()).contains(one.id());
        assertThat(store.activations())
                .extracting(Activation::fromVersion, Activation::toVersion, Activation::activatedBy, Activation::reason)
                .containsExactly(
                        tuple(two.id(), one.id(), "auditor-approved", "periods were wrong"),
                        tuple(one.id(), two.id(), "approver", "new periods"),
                        tuple(null, one.id(), "approver", "first release"));
        assertThat(store.activations().get(0)).isEqualTo(rollback);
    }

    @Test
    void activateWhenTheVersionIsRejectedOrAlreadyActiveShouldBeRefused() {
        StoredVersion rejected = store.save(new NewVersion("r", VersionState.REJECTED, "a", null, null, null,
                files("a.drl", "broken")), NO_DETAILS);
        StoredVersion good = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "good")), NO_DETAILS);
        store.activate(good.id(), "approver", null);

        assertThatThrownBy(() -> store.activate(rejected.id(), "approver", null))
                .isInstanceOfSatisfying(VersionStateConflict.class,
                        e -> assertThat(e.code()).isEqualTo("SHG-RULESET-409"));
        assertThatThrownBy(() -> store.activate(good.id(), "approver", null))
                .isInstanceOf(VersionStateConflict.class);
        assertThat(store.activeId()).contains(good.id());
        assertThat(store.activations()).hasSize(1);
    }

    @Test
    void activateWhenTheVersionIsUnknownShouldSaySo() {
        assertThatThrownBy(() -> store.activate("nope", "approver", null))
                .isInstanceOfSatisfying(UnknownRuleSetVersion.class,
                        e -> assertThat(e.code()).isEqualTo("SHG-RULESET-404"));
    }

    @Test
    void databaseShouldRefuseASecondActiveVersionEvenWhenWrittenAroundTheStore() {
        StoredVersion one = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "1")), NO_DETAILS);
        StoredVersion two = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "2")), NO_DETAILS);
        store.activate(one.id(), "approver", null);

        assertThatThrownBy(() -> db.jdbc()
                .sql("UPDATE rule_set_version SET state = 'ACTIVE', active_flag = TRUE WHERE id = :id")
                .param("id", two.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.jdbc()
                .sql("UPDATE rule_set_version SET state = 'ACTIVE' WHERE id = :id")
                .param("id", two.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(store.activeId()).contains(one.id());
    }

    @Test
    void concurrentActivationsShouldLeaveExactlyOneActiveVersionAndAnUnbrokenHistory() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(store.save(NewVersion.draft("a", null, null, null, files("a.drl", "v" + i)), NO_DETAILS).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (String id : ids) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return store.activate(id, "approver", null);
                } catch (VersionStateConflict lost) {
                    return null;
                }
            }));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(store.list()).filteredOn(v -> v.state() == VersionState.ACTIVE).hasSize(1);
        List<Activation> history = new ArrayList<>(store.activations());
        Collections.reverse(history);
        assertThat(history).isNotEmpty();
        assertThat(history.get(0).fromVersion()).isNull();
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).fromVersion()).isEqualTo(history.get(i - 1).toVersion());
        }
        assertThat(store.activeId()).contains(history.get(history.size() - 1).toVersion());
    }

    @Test
    void setStateShouldMoveADraftButNeverTouchTheActiveVersion() {
        StoredVersion draft = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "1")), NO_DETAILS);
        StoredVersion active = store.save(NewVersion.draft("a", null, null, null, files("a.drl", "2")), NO_DETAILS);
        store.activate(active.id(), "approver", null);

        assertThat(store.setState(draft.id(), VersionState.REJECTED, "approver").state()).isEqualTo(VersionState.REJECTED);
        assertThatThrownBy(() -> store.setState(active.id(), VersionState.RETIRED, "approver"))
                .isInstanceOf(VersionStateConflict.class);
        assertThatThrownBy(() -> store.setState(draft.id(), VersionState.ACTIVE, "approver"))
                .isInstanceOf(VersionStateConflict.class);
        assertThatThrownBy(() -> store.setState("nope", VersionState.DRAFT, "approver"))
                .isInstanceOf(UnknownRuleSetVersion.class);
        assertThat(store.activeId()).contains(active.id());
    }

    private static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(UTF_8));
        }
        return files;
    }
}

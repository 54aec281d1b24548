package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.decision.DecisionRecorder.EvaluationContext;
import kz.shagym.decision.IdempotencyKeyReused;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Idempotency-Key in the audit log: stored with the record, given back, refused for another request, expiring. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class IdempotencyKeysTest {

    private static final Instant T0 = Instant.parse("2025-03-19T04:00:00Z");

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private DecisionLog log;
    private final Fixtures.TestClock clock = new Fixtures.TestClock(T0);

    @BeforeEach
    void open() {
        db = database.open();
        AuditSettings settings = Fixtures.settings(256);
        log = new DecisionLog(db.dataSource(), db.transactions(), settings, clock);
    }

    @AfterEach
    void close() {
        log.close();
        db.close();
    }

    private static EvaluationContext keyed(String client, String key) {
        return new EvaluationContext(client, false, null, key);
    }

    private long records() {
        return db.jdbc().sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single();
    }

    @Test
    void sameKeyAndFactsShouldGiveTheStoredDecisionAndOtherFactsShouldBeRefused() {
        ComplaintFacts facts = facts("K-1");
        assertThat(log.earlier(facts, keyed("egov", "key-1"))).isEmpty();
        log.record(facts, decision("d-1", "v1", facts), keyed("egov", "key-1"));

        Optional<Decision> again = log.earlier(facts("K-1"), keyed("egov", "key-1"));
        assertThat(again).get().extracting(Decision::decisionId).isEqualTo("d-1");
        assertThat(again.get().complaintId()).isEqualTo("K-1");
        assertThatThrownBy(() -> log.earlier(facts("K-2"), keyed("egov", "key-1")))
                .isInstanceOf(IdempotencyKeyReused.class)
                .satisfies(e -> assertThat(((IdempotencyKeyReused) e).code()).isEqualTo("SHG-IDEM-422"));
        // the same facts under a named version are another request
        assertThatThrownBy(() -> log.earlier(facts, new EvaluationContext("egov", true, "v1", "key-1")))
                .isInstanceOf(IdempotencyKeyReused.class);
        // keys are the caller's own
        assertThat(log.earlier(facts, keyed("other", "key-1"))).isEmpty();
        assertThat(records()).isEqualTo(1);
    }

    @Test
    void concurrentRequestsWithOneKeyShouldStoreOneDecision() throws Exception {
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String id = "d-" + i;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    ComplaintFacts facts = facts("K-RACE");
                    log.record(facts, decision(id, "v1", facts), keyed("egov", "race"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failed.put(id, e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join(30_000);
        }
        assertThat(records()).isEqualTo(1);
        assertThat(failed).hasSize(callers - 1).allSatisfy((id, e) -> assertThat(e).isInstanceOf(DecisionNotRecorded.class));
        String stored = db.jdbc().sql("SELECT decision_id FROM decision_record").query(String.class).single();
        assertThat(failed).doesNotContainKey(stored);
        assertThat(log.earlier(facts("K-RACE"), keyed("egov", "race"))).get()
                .extracting(Decision::decisionId).isEqualTo(stored);
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void aKeyShouldLiveADayAndThenServeANewRequest() {
        ComplaintFacts first = facts("K-OLD");
        log.record(first, decision("d-old", "v1", first), keyed("egov", "daily"));
        clock.set(T0.plus(Duration.ofHours(23)));
        assertThat(log.earlier(first, keyed("egov", "daily"))).get().extracting(Decision::decisionId).isEqualTo("d-old");

        clock.set(T0.plus(Duration.ofHours(25)));
        ComplaintFacts next = facts("K-NEW");
        assertThat(log.earlier(next, keyed("egov", "daily"))).isEmpty();
        log.record(next, decision("d-new", "v1", next), keyed("egov", "daily"));
        assertThat(log.earlier(next, keyed("egov", "daily"))).get().extracting(Decision::decisionId).isEqualTo("d-new");
        assertThat(records()).isEqualTo(2);
    }

    @Test
    void keysPastTheirDayShouldBeDeletedAndLiveOnesAndAllRecordsKept() {
        ComplaintFacts old = facts("K-1");
        log.record(old, decision("d-1", "v1", old), keyed("egov", "first"));
        clock.set(T0.plus(Duration.ofHours(20)));
        ComplaintFacts recent = facts("K-2");
        log.record(recent, decision("d-2", "v1", recent), keyed("egov", "second"));

        clock.set(T0.plus(Duration.ofHours(25)));
        log.purgeExpiredIdempotencyKeys();

        assertThat(db.jdbc().sql("SELECT idempotency_key FROM decision_idempotency").query(String.class).list())
                .containsExactly("second");
        assertThat(log.earlier(recent, keyed("egov", "second"))).get().extracting(Decision::decisionId).isEqualTo("d-2");
        assertThat(records()).isEqualTo(2);
    }
}

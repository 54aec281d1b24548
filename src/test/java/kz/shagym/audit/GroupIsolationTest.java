package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.web.ProblemStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.transaction.PlatformTransactionManager;

/** One record that cannot be stored, among ~190 concurrent ones: only its caller fails. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class GroupIsolationTest {

    private static final int ORDINARY = 190;

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private DecisionLog log;

    @BeforeEach
    void openDatabase() {
        db = database.open();
    }

    @AfterEach
    void dropDatabase() {
        if (log != null) {
            log.close();
        }
        db.close();
    }

    @Test
    void recordWhenOneRecordOfALargeGroupCannotBeStoredShouldFailOnlyItsCallerWithoutWritingRecordByRecord()
            throws Exception {
        CountingGate transactions = new CountingGate(db);
        log = log(transactions);
        record("d-0", "d-0", "egov"); // the id the bad record repeats
        transactions.gate.close();
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = new ArrayList<>();
        callers.add(caller("blocker", "blocker", "egov", failures)); // taken alone, waits at the gate
        await().atMost(Duration.ofSeconds(10)).until(() -> transactions.gate.waiting.get() == 1);
        for (int i = 0; i < ORDINARY; i++) {
            callers.add(caller("c-" + i, "d-" + (i + 1), "client-" + i % 7, failures));
            if (i == ORDINARY / 3) {
                callers.add(caller("bad", "d-0", "egov", failures)); // a decision id already stored
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> callers.stream().skip(1)
                .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
        int commitsBefore = transactions.commits.get();
        transactions.gate.open();
        for (Thread caller : callers) {
            caller.join(30_000);
        }

        assertThat(failures).containsOnlyKeys("bad");
        assertThat(failures.get("bad")).isInstanceOf(DecisionNotRecorded.class);
        for (int i = 1; i <= ORDINARY; i++) {
            assertThat(log.find("d-" + i)).as("d-%d", i).isPresent();
        }
        assertThat(log.verify()).isEqualTo(new Verification(true, ORDINARY + 2, null));
        assertThat(transactions.commits.get() - commitsBefore).as("commits for %d records", ORDINARY + 1)
                .isLessThan(30);
    }

    @Test
    void recordWhenTheCallerIdentityIsLongerThanTheAuditColumnShouldRefuseOnlyThatCallerBeforeWriting()
            throws Exception {
        log = log(db.transactions());
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < ORDINARY; i++) {
            callers.add(caller("c-" + i, "d-" + i, "client-" + i % 7, failures));
            if (i == ORDINARY / 2) {
                callers.add(caller("jwt", "d-jwt", "s".repeat(200), failures)); // a 200-character token subject
            }
        }
        for (Thread caller : callers) {
            caller.join(30_000);
        }

        assertThat(failures).containsOnlyKeys("jwt");
        assertThat(failures.get("jwt")).isInstanceOfSatisfying(UnrecordableIdentity.class, e -> {
            assertThat(ProblemStatus.of(e.category()).value()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("SHG-AUDIT-400-IDENTITY");
        });
        assertThat(log.find("d-jwt")).isEmpty();
        assertThat(log.verify()).isEqualTo(new Verification(true, ORDINARY, null));
    }

    private DecisionLog log(PlatformTransactionManager transactions) {
        AuditSettings settings = Fixtures.settings(256);
        return new DecisionLog(db.dataSource(), transactions, settings, Clock.systemUTC());
    }

    private void record(String complaintId, String decisionId, String client) {
        ComplaintFacts facts = facts(complaintId);
        log.record(facts, decision(decisionId, "v1", facts), asked(client));
    }

    private Thread caller(String name, String decisionId, String client, Map<String, Throwable> failures) {
        Thread thread = new Thread(() -> {
            try {
                record(name, decisionId, client);
            } catch (Throwable e) {
                failures.put(name, e);
            }
        });
        thread.start();
        return thread;
    }

    /** Holds transactions at their start while closed, and counts commits. */
    static final class CountingGate extends org.springframework.jdbc.support.JdbcTransactionManager {

        final Gate gate = new Gate();
        final java.util.concurrent.atomic.AtomicInteger commits = new java.util.concurrent.atomic.AtomicInteger();

        CountingGate(TestDatabase.Connected db) {
            super(db.dataSource());
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {
            gate.pass();
            super.doBegin(transaction, definition);
        }

        @Override
        protected void doCommit(org.springframework.transaction.support.DefaultTransactionStatus status) {
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }

    static final class Gate {

        final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
        private volatile java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(0);

        void close() {
            latch = new java.util.concurrent.CountDownLatch(1);
        }

        void open() {
            latch.countDown();
        }

        void pass() {
            waiting.incrementAndGet();
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waiting.decrementAndGet();
        }
    }
}

package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** Faults injected on the test's own database: what each caller is told must be true, and every wait bounded. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AuditStoreFaultsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private final List<DecisionLog> logs = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        db = database.open();
    }

    @AfterEach
    void dropDatabase() {
        logs.forEach(DecisionLog::close);
        pools.forEach(HikariDataSource::close);
        db.close();
    }

    @Test
    void recordWhileTheTableIsGoneShouldAnswer503KeepNoRecordAndReportNotReadyUntilItIsBack() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        AuditWriteHealthIndicator health = new AuditWriteHealthIndicator(log);
        record(log, "d-1");
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        db.jdbc().sql("ALTER TABLE decision_record RENAME TO decision_record_away").update();
        assertThatThrownBy(() -> record(log, "d-lost")).isInstanceOf(DecisionNotRecorded.class);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("failure").toString()).contains("SQLState").doesNotContain("INSERT");

        db.jdbc().sql("ALTER TABLE decision_record_away RENAME TO decision_record").update();
        await().atMost(Duration.ofSeconds(10)).until(() -> health.health().getStatus().equals(Status.UP));
        record(log, "d-2");

        assertThat(log.find("d-lost")).isEmpty();
        assertThat(log.verify()).isEqualTo(new Verification(true, 2, null));
    }

    @Test
    void recordWhileAnotherSessionHoldsTheChainLockShouldAnswer503WithinTheTimeoutAndKeepNoRecord() throws Exception {
        DecisionLog log = log(db.dataSource(), db.transactions());
        record(log, "d-1");
        Map<String, Long> waits = new ConcurrentHashMap<>();
        try (HikariDataSource other = db.pool(); Connection holder = other.getConnection()) {
            holder.setAutoCommit(false);
            holder.createStatement().executeQuery("SELECT id FROM decision_chain_lock WHERE id = 1 FOR UPDATE").next();

            List<Future<?>> callers = concurrently(8, i -> {
                long start = System.nanoTime();
                try {
                    record(log, "blocked-" + i);
                } finally {
                    waits.put("blocked-" + i, System.nanoTime() - start);
                }
            });
            for (Future<?> caller : callers) {
                assertThatThrownBy(() -> caller.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(DecisionNotRecorded.class);
            }
            holder.rollback();
        }

        assertThat(waits).hasSize(8).allSatisfy((id, nanos) -> {
            assertThat(Duration.ofNanos(nanos)).as(id).isLessThan(TIMEOUT.multipliedBy(2));
            assertThat(log.find(id)).as(id).isEmpty();
        });
        record(log, "d-2");
        assertThat(log.verify()).isEqualTo(new Verification(true, 2, null));
    }

    @Test
    void recordWhenTheCommitSucceedsButItsAnswerIsLostShouldConfirmItAndAnswerEveryCaller200() throws Exception {
        FaultyCommits transactions = new FaultyCommits(db.dataSource());
        DecisionLog log = log(db.dataSource(), transactions);
        record(log, "d-0");
        transactions.loseAnswerOfNextCommit = true;

        List<Future<?>> callers = concurrently(12, i -> record(log, "d-" + (i + 1)));
        for (Future<?> caller : callers) {
            caller.get(30, TimeUnit.SECONDS);
        }

        assertThat(transactions.lostAnswers).isEqualTo(1);
        assertThat(log.verify()).isEqualTo(new Verification(true, 13, null));
    }

    @Test
    void recordWhenTheCommitFailsShouldAnswer503OnlyForRecordsThatAreNotStored() throws Exception {
        FaultyCommits transactions = new FaultyCommits(db.dataSource());
        DecisionLog log = log(db.dataSource(), transactions);
        record(log, "d-0");
        transactions.failNextCommit = true;
        Map<String, Boolean> answered200 = new ConcurrentHashMap<>();

        List<Future<?>> callers = concurrently(12, i -> {
            try {
                record(log, "d-" + (i + 1));
                answered200.put("d-" + (i + 1), true);
            } catch (DecisionNotRecorded e) {
                answered200.put("d-" + (i + 1), false);
            }
        });
        for (Future<?> caller : callers) {
            caller.get(30, TimeUnit.SECONDS);
        }

        assertThat(answered200).hasSize(12).containsValue(false);
        answered200.forEach((id, ok) -> assertThat(log.find(id).isPresent()).as(id).isEqualTo(ok));
        assertThat(log.verify().valid()).isTrue();
    }

    @Test
    void recordAfterTheH2DatabaseWasClosedUnderThePoolShouldRecoverWithoutARestart() {
        org.junit.jupiter.api.Assumptions.assumeTrue(database == TestDatabase.H2, "H2 closes its database on a full disk");
        HikariDataSource pool = db.pool();
        pool.setExceptionOverrideClassName(ClosedDatabaseEviction.class.getName());
        pools.add(pool);
        DecisionLog log = log(pool, new JdbcTransactionManager(pool));
        record(log, "d-1");

        db.jdbc().sql("SHUTDOWN IMMEDIATELY").update();

        // back to back, so that the pool never finds the writer's connection idle long enough to test it
        int attempts = 0;
        boolean recorded = false;
        while (!recorded && attempts < 20) {
            attempts++;
            try {
                record(log, "after-" + attempts);
                recorded = true;
            } catch (DecisionNotRecorded e) {
                // the connection that saw the database close is dropped; the next one reopens it
            }
        }
        assertThat(recorded).as("recorded within %d attempts", attempts).isTrue();
        assertThat(new AuditWriteHealthIndicator(log).health().getStatus()).isEqualTo(Status.UP);
        assertThat(log.verify().valid()).isTrue();
    }

    private DecisionLog log(DataSource dataSource, PlatformTransactionManager transactions) {
        AuditSettings settings = new AuditSettings(256, 1000, TIMEOUT, ZoneId.of("Asia/Almaty"), 500);
        DecisionLog log = new DecisionLog(dataSource, transactions, settings, java.time.Clock.systemUTC());
        logs.add(log);
        return log;
    }

    private static void record(DecisionLog log, String id) {
        ComplaintFacts facts = facts("c-" + id);
        log.record(facts, decision(id, "v1", facts), asked("egov"));
    }

    private static List<Future<?>> concurrently(int callers, java.util.function.IntConsumer call) {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            futures.add(pool.submit(() -> {
                start.await();
                call.accept(caller);
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        return futures;
    }

    /** Commits whose answer is lost after they succeeded, or that fail without committing: the connection dying at commit. */
    static final class FaultyCommits extends JdbcTransactionManager {

        volatile boolean loseAnswerOfNextCommit;
        volatile boolean failNextCommit;
        volatile int lostAnswers;

        FaultyCommits(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (failNextCommit) {
                failNextCommit = false;
                doRollback(status);
                throw new TransactionSystemException("connection lost during commit (injected)");
            }
            super.doCommit(status);
            if (loseAnswerOfNextCommit) {
                loseAnswerOfNextCommit = false;
                lostAnswers++;
                throw new TransactionSystemException("connection lost after commit (injected)");
            }
        }
    }
}

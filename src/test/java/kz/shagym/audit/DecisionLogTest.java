package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.decision.DecisionRecorder.EvaluationContext;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.web.ProblemStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class DecisionLogTest {

    private static final Instant T0 = Instant.parse("2025-03-19T04:00:00Z");

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private final Fixtures.TestClock clock = new Fixtures.TestClock(T0);
    private final List<DecisionLog> logs = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        db = database.open();
    }

    @AfterEach
    void dropDatabase() {
        logs.forEach(DecisionLog::close);
        db.close();
    }

    @Test
    void recordShouldStoreTheDecisionWithItsRequestAnswerAndFiredRulesBeforeReturning() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        ComplaintFacts facts = facts("ЖК-2025-001");

        log.record(facts, decision("d-1", "v1", facts), new EvaluationContext("egov-backend", true));

        AuditRecord stored = log.find("d-1").orElseThrow();
        assertThat(stored.seq()).isEqualTo(1);
        assertThat(stored.recordedAt()).isEqualTo(T0);
        assertThat(stored.client()).isEqualTo("egov-backend");
        assertThat(stored.whatIf()).isTrue();
        assertThat(stored.rulesetVersion()).isEqualTo("v1");
        assertThat(stored.complaintId()).isEqualTo("ЖК-2025-001");
        assertThat(stored.request().get("receivedOn").asString()).isEqualTo("2025-03-19");
        assertThat(stored.request().get("registeredOn").asString()).isEqualTo("2025-03-19");
        assertThat(stored.answer().get("review").get("deadline").asString()).isEqualTo("2025-03-31");
        assertThat(stored.answer().get("court").get("reasonText").get("kk").asString())
                .isEqualTo("сотқа дейінгі шағымдану аяқталмаған");
        assertThat(stored.firedRules().toString())
                .isEqualTo("[\"Forward within 3 working days\",\"Review in 5 working days\"]");
        assertThat(stored.prevHash()).isEqualTo("0".repeat(64));
        assertThat(stored.hash()).hasSize(64).isNotEqualTo(stored.prevHash());
        assertThat(log.find("unknown")).isEmpty();
    }

    @Test
    void verifyWhenNothingWasTouchedShouldFindAValidChain() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        assertThat(log.verify()).isEqualTo(new Verification(true, 0, null));

        recordMany(log, 5);

        assertThat(log.verify()).isEqualTo(new Verification(true, 5, null));
        List<AuditRecord> chain = log.search(DecisionQuery.all(10)).items();
        for (int i = 0; i < chain.size() - 1; i++) {
            assertThat(chain.get(i).prevHash()).isEqualTo(chain.get(i + 1).hash());
        }
    }

    @Test
    void verifyWhenARecordWasAlteredShouldNameIt() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        recordMany(log, 5);

        db.jdbc().sql("UPDATE decision_record SET answer_json = REPLACE(answer_json, '2025-03-31', '2025-04-30') "
                + "WHERE decision_id = 'd-3'").update();

        assertThat(log.verify()).isEqualTo(new Verification(false, 3, "d-3"));
    }

    @Test
    void verifyWhenOnlyTheTimeOrTheClientOfARecordWasAlteredShouldNameIt() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        recordMany(log, 4);

        db.jdbc().sql("UPDATE decision_record SET client = 'someone-else' WHERE decision_id = 'd-4'").update();
        assertThat(log.verify().firstBroken()).isEqualTo("d-4");

        db.jdbc().sql("UPDATE decision_record SET recorded_at = :t WHERE decision_id = 'd-2'")
                .param("t", java.time.OffsetDateTime.parse("2025-03-19T04:00:01Z")).update();
        assertThat(log.verify().firstBroken()).isEqualTo("d-2");
    }

    @Test
    void verifyWhenARecordWasDeletedShouldNameTheOneAfterTheGap() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        recordMany(log, 4);

        db.jdbc().sql("DELETE FROM decision_record WHERE decision_id = 'd-2'").update();

        assertThat(log.verify()).isEqualTo(new Verification(false, 2, "d-3"));
    }

    @Test
    void recordFromEightThreadsShouldKeepAValidChainLoseNothingAndShareCommits() throws Exception {
        CountingTransactions transactions = new CountingTransactions(db.dataSource());
        DecisionLog log = log(db.dataSource(), transactions);
        int threads = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    ComplaintFacts facts = facts("c-" + thread + "-" + i);
                    log.record(facts, decision("d-" + thread + "-" + i, "v1", facts), asked("client-" + thread));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        int commits = transactions.commits.get();

        assertThat(log.verify()).isEqualTo(new Verification(true, threads * each, null));
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < each; i++) {
                assertThat(log.find("d-" + t + "-" + i)).as("d-%d-%d", t, i).isPresent();
            }
        }
        assertThat(db.jdbc().sql("SELECT MIN(seq), MAX(seq), COUNT(*) FROM decision_record").query().singleRow().values())
                .map(value -> ((Number) value).longValue())
                .containsExactly(1L, (long) threads * each, (long) threads * each);
        assertThat(commits).as("commits for %d records", threads * each).isLessThan(threads * each);
    }

    @Test
    void recordFromTwoInstancesSharingOneDatabaseShouldTakeTurnsAndKeepOneValidChain() throws Exception {
        // Two logs with their own pools and writer threads: what two service instances would have.
        DataSource otherPool = db.pool();
        DecisionLog first = log(db.dataSource(), db.transactions());
        DecisionLog second = log(otherPool, new JdbcTransactionManager(otherPool));
        int each = 60;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            DecisionLog log = t % 2 == 0 ? first : second;
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    ComplaintFacts facts = facts("c-" + thread + "-" + i);
                    log.record(facts, decision("d-" + thread + "-" + i, "v1", facts), asked("instance-" + thread % 2));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(first.verify()).isEqualTo(new Verification(true, 4 * each, null));
        assertThat(db.jdbc().sql("SELECT COUNT(DISTINCT prev_hash) FROM decision_record").query(Long.class).single())
                .isEqualTo(4L * each);
        ((com.zaxxer.hikari.HikariDataSource) otherPool).close();
    }

    @Test
    void recordAfterARestartShouldContinueTheChainFromTheStoredHead() {
        DecisionLog before = log(db.dataSource(), db.transactions());
        recordMany(before, 3);
        before.close();

        DataSource reopened = db.pool();
        DecisionLog after = log(reopened, new JdbcTransactionManager(reopened));
        clock.set(T0.plusSeconds(60));
        ComplaintFacts facts = facts("c-after");
        after.record(facts, decision("d-after", "v2", facts), asked("egov"));

        assertThat(after.find("d-after").orElseThrow().seq()).isEqualTo(4);
        assertThat(after.find("d-after").orElseThrow().prevHash()).isEqualTo(after.find("d-3").orElseThrow().hash());
        assertThat(after.verify()).isEqualTo(new Verification(true, 4, null));
        ((com.zaxxer.hikari.HikariDataSource) reopened).close();
    }

    @Test
    void recordWhenTheDatabaseCannotBeWrittenShouldThrowSoNoAnswerIsReleased() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        recordMany(log, 1);

        db.dataSource().close();

        ComplaintFacts facts = facts("c-lost");
        assertThatThrownBy(() -> log.record(facts, decision("d-lost", "v1", facts), asked("egov")))
                .isInstanceOfSatisfying(DecisionNotRecorded.class, e -> {
                    assertThat(ProblemStatus.of(e.category()).value()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("SHG-AUDIT-503");
                });
    }

    @Test
    void recordWhenOneRecordOfAGroupFailsShouldFailOnlyThatCallerAndKeepTheChain() throws Exception {
        GatedTransactions transactions = new GatedTransactions(db.dataSource());
        DecisionLog log = log(db.dataSource(), transactions);
        recordMany(log, 1); // d-1 written; the gate closes behind it
        transactions.close();

        List<Thread> callers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread blocker = record(log, "d-2", "d-2", failures, callers); // taken alone, waits at the gate
        await().atMost(Duration.ofSeconds(10)).until(() -> transactions.waiting.get() == 1);
        record(log, "d-3", "d-3", failures, callers);
        record(log, "d-4", "d-4", failures, callers);
        record(log, "d-5", "d-3", failures, callers); // same decision id as d-3: its group cannot be stored
        await().atMost(Duration.ofSeconds(10)).until(() -> callers.stream().skip(1)
                .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
        transactions.open();
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(blocker.isAlive()).isFalse();
        assertThat(failures).hasSize(1).allMatch(DecisionNotRecorded.class::isInstance);
        assertThat(log.find("d-2")).isPresent();
        assertThat(log.find("d-3")).as("whichever of the two with one id came first").isPresent();
        assertThat(log.find("d-4")).isPresent();
        ComplaintFacts facts = facts("c-6");
        log.record(facts, decision("d-6", "v1", facts), asked("egov"));
        assertThat(log.find("d-6").orElseThrow().seq()).isEqualTo(5);
        assertThat(log.verify()).isEqualTo(new Verification(true, 5, null));
    }

    @Test
    void searchShouldFilterByTimeVersionClientAndComplaintAndPageNewestFirst() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        record(log, "d-1", "v1", "egov", "c-1", T0);
        record(log, "d-2", "v1", "akimat", "c-2", T0.plusSeconds(3600));
        record(log, "d-3", "v2", "egov", "c-3", T0.plusSeconds(7200));
        record(log, "d-4", "v2", "egov", "c-1", T0.plusSeconds(10800));
        record(log, "d-5", "v2", "akimat", "c-5", T0.plusSeconds(14400));

        assertThat(ids(log.search(new DecisionQuery(null, null, "v2", null, null, 0, 10))))
                .containsExactly("d-5", "d-4", "d-3");
        assertThat(ids(log.search(new DecisionQuery(null, null, null, "akimat", null, 0, 10))))
                .containsExactly("d-5", "d-2");
        assertThat(ids(log.search(new DecisionQuery(null, null, null, null, "c-1", 0, 10))))
                .containsExactly("d-4", "d-1");
        assertThat(ids(log.search(new DecisionQuery(T0.plusSeconds(3600), T0.plusSeconds(10800), null, null, null, 0, 10))))
                .as("from inclusive, to exclusive").containsExactly("d-3", "d-2");
        assertThat(ids(log.search(new DecisionQuery(null, null, "v2", "egov", null, 0, 10))))
                .containsExactly("d-4", "d-3");

        DecisionPage first = log.search(DecisionQuery.all(2));
        assertThat(ids(first)).containsExactly("d-5", "d-4");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(ids(log.search(new DecisionQuery(null, null, null, null, null, 2, 2)))).containsExactly("d-1");
        assertThat(log.search(new DecisionQuery(null, null, null, null, null, 3, 2)))
                .satisfies(page -> {
                    assertThat(page.items()).isEmpty();
                    assertThat(page.total()).isEqualTo(5);
                });
    }

    @Test
    void exportCsvShouldQuoteCommasQuotesAndLineBreaksAndKeepCyrillic() {
        DecisionLog log = log(db.dataSource(), db.transactions());
        ComplaintFacts facts = facts("ЖК-1, \"срочно\"\nвторая строка");
        log.record(facts, decision("d-1", "v1", facts), asked("Әкімдік"));
        record(log, "d-2", "v1", "egov", "plain", T0.plusSeconds(1));
        java.io.StringWriter out = new java.io.StringWriter();

        log.exportCsv(new DecisionQuery(null, null, "v1", null, null, 0, 1), out);

        assertThat(out.toString()).as("byte-order mark for Excel").startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(out.toString().substring(1));
        assertThat(out.toString()).endsWith("\r\n").contains("\"ЖК-1, \"\"срочно\"\"\nвторая строка\"");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("seq", "decisionId", "recordedAt", "client", "whatIf",
                "rulesetVersion", "complaintId", "request", "answer", "firedRules", "prevHash", "hash");
        assertThat(rows.get(1)).startsWith("1", "d-1", "2025-03-19T04:00:00Z", "Әкімдік", "false", "v1",
                "ЖК-1, \"срочно\"\nвторая строка");
        assertThat(rows.get(1).get(8)).contains("Направить жалобу в течение 3 рабочих дней");
        assertThat(rows.get(1).get(11)).isEqualTo(log.find("d-1").orElseThrow().hash());
        assertThat(rows.get(2)).startsWith("2", "d-2");
    }

    private DecisionLog log(DataSource dataSource, PlatformTransactionManager transactions) {
        AuditSettings settings = Fixtures.settings(64);
        DecisionLog log = new DecisionLog(dataSource, transactions, settings, clock);
        logs.add(log);
        return log;
    }

    private static void recordMany(DecisionLog log, int count) {
        for (int i = 1; i <= count; i++) {
            ComplaintFacts facts = facts("c-" + i);
            log.record(facts, decision("d-" + i, "v1", facts), asked("egov"));
        }
    }

    private void record(DecisionLog log, String id, String version, String client, String complaintId, Instant at) {
        clock.set(at);
        ComplaintFacts facts = facts(complaintId);
        log.record(facts, decision(id, version, facts), asked(client));
    }

    private static Thread record(DecisionLog log, String complaintId, String decisionId, List<Throwable> failures,
            List<Thread> callers) {
        Thread thread = new Thread(() -> {
            try {
                ComplaintFacts facts = facts(complaintId);
                Decision decision = decision(decisionId, "v1", facts);
                log.record(facts, decision, asked("egov"));
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        callers.add(thread);
        thread.start();
        return thread;
    }

    private static List<String> ids(DecisionPage page) {
        return page.items().stream().map(AuditRecord::decisionId).toList();
    }

    /** Counts commits, to see that concurrent records share them. */
    static final class CountingTransactions extends JdbcTransactionManager {

        final AtomicInteger commits = new AtomicInteger();

        CountingTransactions(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }

    /** Holds transactions at their start while closed, so that callers pile up into one group. */
    static final class GatedTransactions extends JdbcTransactionManager {

        final AtomicInteger waiting = new AtomicInteger();
        private volatile CountDownLatch gate = new CountDownLatch(0);

        GatedTransactions(DataSource dataSource) {
            super(dataSource);
        }

        void close() {
            gate = new CountDownLatch(1);
        }

        void open() {
            gate.countDown();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            waiting.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            waiting.decrementAndGet();
            super.doBegin(transaction, definition);
        }
    }
}

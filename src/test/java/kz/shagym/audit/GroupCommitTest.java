package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.audit.ChainLinks.Linked;
import kz.shagym.audit.DecisionRecords.ChainHead;
import kz.shagym.database.Database;
import kz.shagym.decision.DecisionNotRecorded;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A group is one transaction with one insert statement: all its records are stored and acknowledged
 * together, or none is.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class GroupCommitTest {

    private static final int GROUP = 200;

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
    void recordWhenManyCallersWaitShouldStoreThemInOneCommitAsConsecutiveRecordsOfAValidChain() throws Exception {
        GatedCommits transactions = new GatedCommits(db);
        log = log(transactions);
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = pileUpOneGroup(transactions, failures);
        int commitsBefore = transactions.commits.get();

        transactions.open();
        joinAll(callers);

        assertThat(failures).isEmpty();
        assertThat(transactions.commits.get() - commitsBefore).as("the blocker's commit and one for the group")
                .isEqualTo(2);
        assertThat(db.jdbc().sql("SELECT MIN(seq), MAX(seq), COUNT(*) FROM decision_record WHERE decision_id LIKE 'g-%'")
                .query().singleRow().values())
                .map(value -> ((Number) value).longValue())
                .as("after the first record and the blocker").containsExactly(3L, (long) GROUP + 2, (long) GROUP);
        assertThat(log.verify()).isEqualTo(new Verification(true, GROUP + 2, null));
    }

    @Test
    void recordWhenMoreDecisionsArriveWhileAGroupGathersShouldCommitThemWithThatGroup() throws Exception {
        GatedCommits transactions = new GatedCommits(db);
        // a group may grow for far longer than it takes the three late callers to arrive and fill it
        log = log(transactions, Fixtures.settings(GROUP + 3).gathering(Duration.ofSeconds(8), Duration.ofSeconds(8)));
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = pileUpOneGroup(transactions, failures);
        int commitsBefore = transactions.commits.get();
        for (int i = 0; i < 3; i++) {
            log.deciding(asked("egov")); // three more are being decided: the group waits for them
        }

        transactions.open();
        await().atMost(Duration.ofSeconds(20)).until(() -> transactions.commits.get() > commitsBefore);
        for (int i = 0; i < 3; i++) {
            callers.add(caller("g-late-" + i, failures));
        }
        joinAll(callers);

        assertThat(failures).isEmpty();
        assertThat(transactions.commits.get() - commitsBefore).as("the blocker's commit and one for the group")
                .isEqualTo(2);
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM decision_record WHERE decision_id LIKE 'g-late-%'")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(log.verify()).isEqualTo(new Verification(true, GROUP + 5, null));
    }

    @Test
    void recordWhenTheCommitOfAGroupFailsShouldAcknowledgeNoneOfItsRecordsAndStoreNone() throws Exception {
        GatedCommits transactions = new GatedCommits(db);
        log = log(transactions);
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = pileUpOneGroup(transactions, failures);
        transactions.failCommitAfter.set(1); // the blocker's commit goes through, the group's fails

        transactions.open();
        joinAll(callers);

        assertThat(failures).hasSize(GROUP).allSatisfy((id, failure) ->
                assertThat(failure).as(id).isInstanceOf(DecisionNotRecorded.class));
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM decision_record WHERE decision_id LIKE 'g-%'")
                .query(Long.class).single()).isZero();
        ComplaintFacts facts = facts("after");
        log.record(facts, decision("after", "v1", facts), asked("egov"));
        assertThat(log.find("after").orElseThrow().seq()).as("after the first record and the blocker").isEqualTo(3);
        assertThat(log.verify()).isEqualTo(new Verification(true, 3, null));
    }

    @Test
    void insertWhenOneRowInTheMiddleIsRefusedShouldStoreNoRowOfTheStatement() {
        CanonicalJson json = new CanonicalJson();
        ChainWrites store = new ChainWrites(db.dataSource());
        ChainHash chain = new ChainHash(json, store.keepsAnswersWhole());
        ChainLinks links = new ChainLinks(chain, Clock.systemUTC());
        List<UnlinkedRecord> group = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // a client wider than its column (128) in the middle: a data exception for that row alone
            String client = i == 11 ? "x".repeat(200) : "client-" + i;
            group.add(chain.unlinked("m-" + i, client, false, "v1", "c-" + i, json.tree(facts("c-" + i)),
                    json.tree(decision("m-" + i, "v1", facts("c-" + i))), JsonNodeFactory.instance.arrayNode()));
        }
        TransactionTemplate transaction = new TransactionTemplate(db.transactions());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            ChainHead head = store.lockChain(Duration.ofSeconds(2));
            store.insert(links.after(head, group), Duration.ofSeconds(5));
        })).satisfies(e -> assertThat(StoreFailure.of(e).recordLevel()).isTrue());
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single()).isZero();

        List<UnlinkedRecord> storable = group.stream().filter(r -> r.client().length() < 128).toList();
        List<Linked> stored = transaction.execute(status -> {
            List<Linked> linked = links.after(store.lockChain(Duration.ofSeconds(2)), storable);
            store.insert(linked, Duration.ofSeconds(5));
            return linked;
        });
        assertThat(stored).hasSize(19);
        DecisionRecords records = new DecisionRecords(db.dataSource(), json);
        assertThat(records.find("m-12").orElseThrow().answer()).isEqualTo(json.read(storable.get(11).answerJson()));
        TransactionTemplate reading = new TransactionTemplate(db.transactions());
        assertThat(new ChainVerifier(records, chain, reading, CheckpointTrust.NONE).verify())
                .isEqualTo(new Verification(true, 19, null));
    }

    @Test
    void recordOnPostgresqlShouldCompressTheStoredTextsWithLz4WhereTheServerOffersIt() {
        Assumptions.assumeTrue(database == TestDatabase.POSTGRES, "H2 does not compress");
        Assumptions.assumeTrue(new Database(db.dataSource()).compressesWithLz4(), "this server has no LZ4");
        log = log(new GatedCommits(db));
        ComplaintFacts facts = facts("c-lz4");
        // an explanation long enough to be compressed (over 2 KB), as answers were before their texts were stored apart
        log.record(facts, decision("d-lz4", "v1", facts, LocalDate.of(2025, 3, 31), "Ж".repeat(4_000)), asked("egov"));

        assertThat(db.jdbc().sql("SELECT pg_column_compression(canonical_json) FROM decision_text"
                + " WHERE canonical_json LIKE '%ЖЖЖ%'").query(String.class).single()).isEqualTo("lz4");
        assertThat(log.find("d-lz4").orElseThrow().answer().toString()).contains("Ж".repeat(4_000));
        assertThat(log.verify()).isEqualTo(new Verification(true, 1, null));
    }

    /** One record committed, a blocker held at the gate, then {@link #GROUP} callers queued behind it. */
    private List<Thread> pileUpOneGroup(GatedCommits transactions, Map<String, Throwable> failures) {
        ComplaintFacts first = facts("first");
        log.record(first, decision("first", "v1", first), asked("egov"));
        transactions.close();
        List<Thread> callers = new ArrayList<>();
        callers.add(caller("blocker", failures));
        await().atMost(Duration.ofSeconds(10)).until(() -> transactions.waiting.get() == 1);
        for (int i = 0; i < GROUP; i++) {
            callers.add(caller("g-" + i, failures));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> callers.stream().skip(1)
                .allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
        return callers;
    }

    private static void joinAll(List<Thread> callers) throws InterruptedException {
        for (Thread caller : callers) {
            caller.join(30_000);
        }
    }

    private DecisionLog log(GatedCommits transactions) {
        return log(transactions, Fixtures.settings(256));
    }

    private DecisionLog log(GatedCommits transactions, AuditSettings settings) {
        return new DecisionLog(db.dataSource(), transactions, settings, Clock.systemUTC());
    }

    private Thread caller(String decisionId, Map<String, Throwable> failures) {
        Thread thread = new Thread(() -> {
            try {
                ComplaintFacts facts = facts("c-" + decisionId);
                log.record(facts, decision(decisionId, "v1", facts), asked("egov"));
            } catch (Throwable e) {
                failures.put(decisionId, e);
            }
        });
        thread.start();
        return thread;
    }

    /**
     * Holds transactions at their start while closed, counts commits, and fails the commit that
     * follows {@code failCommitAfter} more good ones (rolled back first: the connection died at commit).
     */
    static final class GatedCommits extends JdbcTransactionManager {

        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger failCommitAfter = new AtomicInteger(-1);
        private final GroupIsolationTest.Gate gate = new GroupIsolationTest.Gate();

        GatedCommits(TestDatabase.Connected db) {
            super(db.dataSource());
        }

        void close() {
            gate.close();
        }

        void open() {
            gate.open();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
            waiting.incrementAndGet();
            gate.pass();
            waiting.decrementAndGet();
            super.doBegin(transaction, definition);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            if (failCommitAfter.getAndDecrement() == 0) {
                doRollback(status);
                throw new TransactionSystemException("connection lost during commit (injected)");
            }
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }
}

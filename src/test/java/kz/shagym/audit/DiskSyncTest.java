package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * H2 syncs a commit to disk only when asked, after it (PostgreSQL's commit is the sync, see
 * {@code AuditStoreFaultsTest}). Its sync runs on a thread of its own while the next group is written:
 * a caller must still be released only once a sync that began after its commit has succeeded.
 */
class DiskSyncTest {

    private TestDatabase.Connected db;
    private SyncHook syncs;
    private DecisionLog log;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.H2.open();
        syncs = new SyncHook(db.dataSource());
        AuditSettings settings = Fixtures.settings(256);
        log = new DecisionLog(syncs, new JdbcTransactionManager(syncs), settings, Clock.systemUTC());
    }

    @AfterEach
    void dropDatabase() {
        syncs.releaseAll();
        log.close();
        db.close();
    }

    @Test
    void recordWhoseCommitIsNotYetSyncedShouldWaitForTheSyncWhileTheNextGroupIsCommitted() throws Exception {
        record("d-0");
        syncs.holdNext();
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = new ArrayList<>();
        callers.add(caller("d-1", failures));
        await().atMost(Duration.ofSeconds(10)).until(() -> syncs.held.get() == 1);

        // d-1 is committed (another connection sees it) but its sync has not returned: d-1 still waits
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM decision_record WHERE decision_id = 'd-1'")
                .query(Long.class).single()).isEqualTo(1);
        for (int i = 2; i <= 6; i++) {
            callers.add(caller("d-" + i, failures));
        }
        // the writer goes on: the next records are committed while the first sync is still held
        await().atMost(Duration.ofSeconds(10)).until(() -> db.jdbc()
                .sql("SELECT COUNT(*) FROM decision_record").query(Long.class).single() == 7);
        assertThat(callers).allMatch(Thread::isAlive);

        // the sync after the held one is held too until d-1 has returned: d-1 must be released by the held
        // sync itself, and a fast next sync would otherwise count before d-1's thread reads the count
        syncs.holdNext();
        syncs.releaseHeld();
        callers.get(0).join(10_000);
        syncs.releaseAll();
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        assertThat(failures).isEmpty();
        // d-0's sync, then the held one for d-1; the others were committed after it began: one more at least
        assertThat(syncs.syncedBeforeReturn).containsEntry("d-1", 2L);
        for (int i = 2; i <= 6; i++) {
            assertThat(syncs.syncedBeforeReturn.get("d-" + i)).as("d-%d", i).isGreaterThanOrEqualTo(3L);
        }
        assertThat(log.verify()).isEqualTo(new Verification(true, 7, null));
    }

    @Test
    void recordWhenTheSyncAfterItsCommitFailsShouldBeAcknowledgedOnlyAfterASyncSucceeds() throws Exception {
        record("d-0");
        syncs.failNext.set(1);
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            callers.add(caller("d-" + i, failures));
        }
        for (Thread caller : callers) {
            caller.join(10_000);
        }

        assertThat(syncs.failed.get()).isEqualTo(1);
        assertThat(failures).as("the commit is there, and a later sync took it to disk").isEmpty();
        // d-0's sync, and one that succeeded after the failed one
        assertThat(syncs.syncedBeforeReturn).hasSize(12).allSatisfy((id, synced) ->
                assertThat(synced).as(id).isGreaterThanOrEqualTo(2L));
        assertThat(log.verify()).isEqualTo(new Verification(true, 13, null));
    }

    @Test
    void signWhileTheHeadIsCommittedButNotSyncedShouldSyncBeforeSigningIt(@TempDir Path folder) throws Exception {
        CheckpointKeys.Signing key = CheckpointKeys.generate();
        CheckpointTrust trust = new CheckpointTrust(new CheckpointFolder(folder), key.verifying());
        Checkpoints checkpoints = new Checkpoints(log.verifier(), new CheckpointFolder(folder), trust, key,
                Clock.systemUTC(), Duration.ZERO);
        record("d-0");
        syncs.holdNext();
        Map<String, Throwable> failures = new ConcurrentHashMap<>();
        Thread caller = caller("d-1", failures);
        await().atMost(Duration.ofSeconds(10)).until(() -> syncs.held.get() == 1);
        long syncedBefore = syncs.succeeded();

        Checkpoint signed = checkpoints.sign();

        assertThat(signed.seq()).as("d-1, committed, its own sync still held").isEqualTo(2);
        assertThat(syncs.succeeded()).as("a sync of the checkpoint's own after reading the head")
                .isEqualTo(syncedBefore + 1);
        syncs.releaseAll();
        caller.join(10_000);
        assertThat(failures).isEmpty();
    }

    private void record(String id) {
        ComplaintFacts facts = facts("c-" + id);
        log.record(facts, decision(id, "v1", facts), asked("egov"));
    }

    private Thread caller(String id, Map<String, Throwable> failures) {
        Thread thread = new Thread(() -> {
            try {
                record(id);
                syncs.returned(id);
            } catch (Throwable e) {
                failures.put(id, e);
            }
        });
        thread.start();
        return thread;
    }

    /**
     * The test's database as the service sees it, but each {@code CHECKPOINT SYNC} (the H2 disk sync)
     * may be held at a gate or made to fail; it counts the syncs that succeeded, so that a caller
     * released too early is seen.
     */
    static final class SyncHook extends DelegatingDataSource {

        final AtomicInteger held = new AtomicInteger();
        final AtomicInteger failNext = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        /** For each caller, how many syncs had succeeded when it was answered. */
        final Map<String, Long> syncedBeforeReturn = new ConcurrentHashMap<>();
        /** The gates of the syncs held now, oldest first. */
        private final Queue<CountDownLatch> gates = new ConcurrentLinkedQueue<>();
        private volatile CountDownLatch next;
        private final AtomicLong succeededSyncs = new AtomicLong();

        SyncHook(DataSource target) {
            super(target);
        }

        /** The next sync to start waits until released. */
        void holdNext() {
            next = new CountDownLatch(1);
        }

        /** Lets the oldest held sync go on. */
        void releaseHeld() {
            CountDownLatch gate = gates.poll();
            if (gate != null) {
                gate.countDown();
            }
        }

        /** Lets every held sync go on, and holds none that starts later. */
        void releaseAll() {
            CountDownLatch pending = next;
            next = null;
            if (pending != null) {
                pending.countDown();
            }
            for (CountDownLatch gate = gates.poll(); gate != null; gate = gates.poll()) {
                gate.countDown();
            }
        }

        long succeeded() {
            return succeededSyncs.get();
        }

        void returned(String decisionId) {
            syncedBeforeReturn.put(decisionId, succeededSyncs.get());
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        Object result = invoke(method, connection, args);
                        if (result instanceof PreparedStatement prepared && isSync(args)) {
                            return watch(prepared, PreparedStatement.class, true);
                        }
                        return result instanceof Statement statement && method.getName().equals("createStatement")
                                ? watch(statement, Statement.class, false) : result;
                    });
        }

        private static boolean isSync(Object[] args) {
            return args != null && args.length > 0 && args[0] instanceof String sql && sql.contains("CHECKPOINT SYNC");
        }

        /** A statement whose executions of the sync (named at preparation, or in the call) pass the hook. */
        private <S extends Statement> S watch(S statement, Class<S> type, boolean preparedSync) {
            InvocationHandler handler = (proxy, method, args) -> {
                boolean sync = method.getName().startsWith("execute") && (preparedSync || isSync(args));
                if (!sync) {
                    return invoke(method, statement, args);
                }
                CountDownLatch gate = next;
                if (gate != null) {
                    next = null;
                    gates.add(gate);
                    held.incrementAndGet();
                    gate.await();
                }
                if (failNext.getAndDecrement() > 0) {
                    failed.incrementAndGet();
                    throw new SQLException("disk sync failed (injected)", "58030");
                }
                Object result = invoke(method, statement, args);
                succeededSyncs.incrementAndGet();
                return result;
            };
            return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}

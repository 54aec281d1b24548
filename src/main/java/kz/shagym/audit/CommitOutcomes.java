package kz.shagym.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the callers of a group are told once its commit was asked for: acknowledged after the commit
 * is on disk, or told that their record is not stored, and never a 503 for a record that is.
 *
 * <p>PostgreSQL's commit is on disk when it returns. H2's is written to the file but synced only by
 * {@link ChainWrites#forceToDisk}, which takes a millisecond or two of waiting on the disk: a sync
 * thread of its own does that, so the writer links and commits the next group meanwhile instead of
 * waiting. One sync covers every group committed before it began, and a group's callers are released
 * only by a sync that began after their commit.
 */
final class CommitOutcomes implements AutoCloseable {

    private final ChainWrites store;
    private final PlatformTransactionManager transactions;
    private final WriteHealth health;
    private final FailureLog failures;
    private final BlockingQueue<Sending> unsynced = new LinkedBlockingQueue<>();
    private final Thread syncThread;
    private volatile boolean closed;

    CommitOutcomes(ChainWrites store, PlatformTransactionManager transactions, WriteHealth health,
            FailureLog failures) {
        this.store = store;
        this.transactions = transactions;
        this.health = health;
        this.failures = failures;
        if (store.syncsOnCommit()) {
            this.syncThread = null;
        } else {
            this.syncThread = new Thread(this::syncCommitted, "decision-log-sync");
            this.syncThread.setDaemon(true);
            this.syncThread.start();
        }
    }

    /** The group's transaction committed: its callers are released once it is on disk. */
    void committed(Sending sending) {
        if (syncThread == null) {
            acknowledge(sending, null);
        } else {
            unsynced.add(sending);
        }
    }

    /**
     * The commit or the sync after it failed, so the records may or may not be stored. Looks on a
     * fresh connection, after taking the chain lock (so the failed transaction has surely ended):
     * stored records are synced and acknowledged, the others are certainly not stored.
     *
     * @return the records certainly not stored, which their callers still wait for
     */
    Unrecorded confirm(Sending sending, StoreFailure failure) {
        List<String> ids = sending.written.stream().map(linked -> linked.record().decisionId()).toList();
        Set<String> present;
        try {
            Duration wait = GroupCommitWriter.CONFIRM_WAIT;
            present = GroupCommitWriter.boundedTransaction(transactions, wait.multipliedBy(2)).execute(status -> {
                store.lockChain(wait);
                store.limitStatements(wait);
                return store.present(ids);
            });
            if (!present.isEmpty()) {
                store.forceToDisk();
            }
        } catch (RuntimeException e) {
            failures.outcomeUnknown(sending.sent.size(), ids.get(0), failure);
            health.failed(failure);
            sending.sent.forEach(pending -> pending.notRecorded(failure));
            return Unrecorded.NONE;
        }
        acknowledge(sending, present);
        if (present.isEmpty()) {
            noteFailure(failure);
        }
        List<PendingRecord> left = sending.sent.stream().filter(PendingRecord::open).toList();
        return left.isEmpty() ? Unrecorded.NONE : new Unrecorded(left, failure);
    }

    void noteFailure(StoreFailure failure) {
        if (!failure.recordLevel()) {
            health.failed(failure);
        }
    }

    /** Syncs and releases what is committed, then stops; call after the writer has stopped. */
    @Override
    public void close() {
        closed = true;
        if (syncThread != null) {
            try {
                syncThread.join(GroupCommitWriter.CONFIRM_WAIT.multipliedBy(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void syncCommitted() {
        List<Sending> batch = new ArrayList<>();
        while (!(closed && unsynced.isEmpty())) {
            try {
                Sending first = unsynced.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                unsynced.drainTo(batch);
                sync(batch);
            } catch (InterruptedException e) {
                // only close() stops the sync thread
            } finally {
                batch.clear();
            }
        }
    }

    /** One sync for every group committed before it; a failed sync is confirmed group by group. */
    private void sync(List<Sending> committed) {
        StoreFailure failure = null;
        try {
            store.forceToDisk();
        } catch (RuntimeException e) {
            failure = StoreFailure.of(e);
        }
        for (Sending sending : committed) {
            if (failure == null) {
                acknowledge(sending, null);
                continue;
            }
            Unrecorded left = confirm(sending, failure);
            if (!left.records().isEmpty()) {
                failures.notRecorded(left.records().size(), left.failure());
                left.records().forEach(pending -> pending.notRecorded(left.failure()));
            }
        }
    }

    /** Releases the callers whose records are stored ({@code present} null: all of them); the others may be tried again. */
    private void acknowledge(Sending sending, Set<String> present) {
        boolean any = false;
        for (int i = 0; i < sending.sent.size(); i++) {
            ChainPlace record = sending.written.get(i).record();
            if (present == null || present.contains(record.decisionId())) {
                sending.sent.get(i).recorded(record);
                any = true;
            } else {
                sending.sent.get(i).unsend();
            }
        }
        if (any) {
            health.written();
            failures.recovered();
        }
    }

    /** One transaction's records from the moment they are sent. */
    static final class Sending {
        final List<PendingRecord> sent = new ArrayList<>();
        List<ChainLinks.Linked> written = List.of();
        boolean commitAsked;
    }

    /** Records certainly not stored by an attempt, still wanted by their callers, and why. */
    record Unrecorded(List<PendingRecord> records, StoreFailure failure) {
        static final Unrecorded NONE = new Unrecorded(List.of(), null);
    }
}

package kz.shagym.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import kz.shagym.audit.CommitOutcomes.Sending;
import kz.shagym.audit.CommitOutcomes.Unrecorded;
import kz.shagym.audit.DecisionRecords.ChainHead;
import kz.shagym.decision.DecisionNotRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes decisions in groups: callers put their record in a queue and wait; one thread takes all
 * that are waiting (and, when several are, those still being decided that join within a few
 * milliseconds: {@link GroupGathering}), chains them and commits them in one transaction, and every
 * caller of that group is released once it is on disk ({@link CommitOutcomes}). Concurrent decisions so
 * share one commit instead of queueing behind each other's.
 *
 * <p>Several instances may share one database, so the chain head is not kept in memory: each group
 * first locks the chain's lock row, then reads the head and appends. Writers of different instances
 * so take turns and the chain cannot fork; the lock is held only for one group's insert.
 *
 * <p>What a caller is told is true: 200 only after the commit is on disk, 503 only when its record is
 * not stored. A group that fails for one record's values is split in halves and retried until only
 * the records that cannot be stored fail. A commit whose outcome is unknown (the connection died
 * during it) is confirmed on a fresh connection before anyone is answered. Every wait is bounded by
 * the callers' record timeout (see {@link PendingRecord}).
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    /** What a sent group's insert and commit may take beyond the earliest deadline among its records. */
    private static final Duration SEND_MARGIN = Duration.ofMillis(500);
    /** The bound of each wait while confirming a commit whose outcome is unknown, and of a probe. */
    static final Duration CONFIRM_WAIT = Duration.ofMillis(500);

    private final ChainWrites store;
    private final ChainLinks links;
    private final PlatformTransactionManager transactions;
    private final int batchSize;
    private final Duration timeout;
    private final BlockingQueue<PendingRecord> queue;
    private final GroupGathering gathering;
    private final DecisionsOnTheWay onTheWay;
    private final WriteHealth health;
    private final FailureLog failures;
    private final CommitOutcomes outcomes;
    private final Thread thread;
    private final WriterMeters meters;
    private volatile boolean closed;

    GroupCommitWriter(ChainWrites store, ChainHash chain, PlatformTransactionManager transactions,
            Clock clock, AuditSettings settings, WriterMeters meters, DecisionsOnTheWay onTheWay) {
        this.store = store;
        this.links = new ChainLinks(chain, clock);
        this.transactions = transactions;
        this.batchSize = settings.batchSize();
        this.timeout = settings.recordTimeout();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.onTheWay = onTheWay;
        this.gathering = new GroupGathering(settings.groupWait(), settings.groupGap(), onTheWay);
        this.meters = meters;
        meters.queue(queue);
        this.failures = new FailureLog(settings.failureLogInterval());
        this.health = new WriteHealth(new WriteProbe(store, transactions)::run);
        this.outcomes = new CommitOutcomes(store, transactions, health, failures);
        this.thread = new Thread(this::run, "decision-log-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Blocks until the record is committed and on disk. */
    ChainPlace write(UnlinkedRecord entry) {
        boolean closedBefore = closed;
        PendingRecord pending;
        boolean queued;
        try {
            pending = new PendingRecord(entry, timeout);
            queued = !closedBefore && queue.offer(pending);
        } finally {
            // after the offer: a gathering group that finds nobody on the way finds this record queued
            onTheWay.arrived();
        }
        if (closedBefore) {
            throw new DecisionNotRecorded(new IllegalStateException("the decision log is closed"));
        }
        if (!queued) {
            throw new DecisionNotRecorded(new IllegalStateException("too many decisions waiting to be recorded"));
        }
        return pending.await();
    }

    WriteHealth health() {
        return health;
    }

    /** Writes what is waiting, then stops. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(timeout.plus(PendingRecord.OUTCOME_MARGIN).toMillis() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        outcomes.close();
    }

    static void unknownOutcome(String decisionId) {
        log.error("decision {} answered 503 while its commit was still unconfirmed", decisionId);
    }

    private void run() {
        List<PendingRecord> group = new ArrayList<>(batchSize);
        while (!(closed && queue.isEmpty())) {
            try {
                PendingRecord first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, batchSize - 1);
                gathering.fill(queue, group, batchSize);
                group.removeIf(pending -> !pending.take());
                if (!group.isEmpty()) {
                    write(group);
                }
            } catch (InterruptedException e) {
                // only close() stops the writer
            } catch (RuntimeException | Error e) {
                StoreFailure failure = StoreFailure.of(e);
                failures.notRecorded(group.size(), failure);
                group.forEach(pending -> pending.notRecorded(failure));
            } finally {
                group.clear();
            }
        }
    }

    /** Commits the group; when one record's values fail it, retries each half on its own, down to single records. */
    private void write(List<PendingRecord> group) {
        Unrecorded left = attempt(group);
        if (left.records().isEmpty()) {
            return;
        }
        if (left.failure().recordLevel() && left.records().size() > 1) {
            int half = left.records().size() / 2;
            write(left.records().subList(0, half));
            write(left.records().subList(half, left.records().size()));
            return;
        }
        failures.notRecorded(left.records().size(), left.failure());
        left.records().forEach(pending -> pending.notRecorded(left.failure()));
    }

    /** One transaction for the group; answers the callers it settled and returns those certainly not recorded. */
    private Unrecorded attempt(List<PendingRecord> group) {
        List<PendingRecord> open = group.stream().filter(PendingRecord::open).toList();
        if (open.isEmpty()) {
            return Unrecorded.NONE;
        }
        long latest = open.stream().mapToLong(PendingRecord::nanosLeft).max().orElse(0);
        if (latest <= 0) {
            return new Unrecorded(open, StoreFailure.timeout());
        }
        Sending sending = new Sending();
        long started = System.nanoTime();
        try {
            transaction(Duration.ofNanos(latest).plus(SEND_MARGIN))
                    .executeWithoutResult(status -> send(open, latest, sending));
        } catch (RuntimeException e) {
            StoreFailure failure = StoreFailure.of(e);
            if (!sending.commitAsked) {
                // the commit was never asked for: nothing of this transaction is stored
                sending.sent.forEach(PendingRecord::unsend);
                outcomes.noteFailure(failure);
                return new Unrecorded(open.stream().filter(PendingRecord::open).toList(), failure);
            }
            return outcomes.confirm(sending, failure);
        }
        if (sending.sent.isEmpty()) {
            return Unrecorded.NONE;
        }
        outcomes.committed(sending);
        // group size, commit latency (to the commit; on H2 the disk sync follows on its own thread) and chain head
        meters.committed(sending.written.size(), System.nanoTime() - started,
                sending.written.get(sending.written.size() - 1).record().seq());
        return Unrecorded.NONE;
    }

    private void send(List<PendingRecord> open, long latestNanos, Sending sending) {
        ChainHead head = store.lockChain(Duration.ofNanos(latestNanos));
        for (PendingRecord pending : open) {
            if (pending.send()) {
                sending.sent.add(pending);
            }
        }
        if (sending.sent.isEmpty()) {
            return;
        }
        long earliest = sending.sent.stream().mapToLong(PendingRecord::nanosLeft).min().orElse(0);
        sending.written = links.after(head, sending.sent.stream().map(pending -> pending.entry).toList());
        store.insert(sending.written, Duration.ofNanos(Math.max(0, earliest)).plus(SEND_MARGIN));
        sending.commitAsked = true;
    }

    private TransactionTemplate transaction(Duration limit) {
        return boundedTransaction(transactions, limit);
    }

    static TransactionTemplate boundedTransaction(PlatformTransactionManager transactions, Duration limit) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        // whole seconds, rounded up: the statements' query timeout; the finer bounds are set in SQL
        template.setTimeout((int) Math.max(1, (limit.toMillis() + 999) / 1000));
        return template;
    }
}

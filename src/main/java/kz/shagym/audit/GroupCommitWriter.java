package kz.shagym.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.audit.DecisionRecords.ChainHead;
import kz.shagym.decision.DecisionNotRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Writes decisions in groups: callers put their record in a queue and wait; one thread takes all
 * that are waiting, chains them and commits them in one transaction, then releases every caller of
 * that group, or fails every one of them. Concurrent decisions so share one commit instead of
 * queueing behind each other's.
 *
 * <p>Several instances may share one database, so the chain head is not kept in memory: each group
 * first locks the chain's lock row, then reads the head and appends. Writers of different instances
 * so take turns and the chain cannot fork; the lock is held only for one group's insert.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final DecisionRecords records;
    private final ChainHash chain;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final Duration timeout;
    private final BlockingQueue<Pending> queue;
    private final Thread thread;
    private volatile boolean closed;

    GroupCommitWriter(DecisionRecords records, ChainHash chain, PlatformTransactionManager transactions,
            Clock clock, AuditSettings settings) {
        this.records = records;
        this.chain = chain;
        this.clock = clock;
        this.batchSize = settings.batchSize();
        this.timeout = settings.recordTimeout();
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.transaction = new TransactionTemplate(transactions);
        // a group in flight must end before its callers give up on it (see Pending.await)
        this.transaction.setTimeout((int) Math.max(1, timeout.toSeconds()));
        this.thread = new Thread(this::run, "decision-log-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Blocks until the record is committed. */
    AuditRecord write(Entry entry) {
        if (closed) {
            throw new DecisionNotRecorded(new IllegalStateException("the decision log is closed"));
        }
        Pending pending = new Pending(entry);
        if (!queue.offer(pending)) {
            throw new DecisionNotRecorded(new IllegalStateException("too many decisions waiting to be recorded"));
        }
        return pending.await(timeout);
    }

    /** Writes what is waiting, then stops. */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(timeout.toMillis() * 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>(batchSize);
        while (!(closed && queue.isEmpty())) {
            try {
                Pending first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                queue.drainTo(group, batchSize - 1);
                group.removeIf(pending -> !pending.take());
                if (!group.isEmpty()) {
                    commit(group);
                }
            } catch (InterruptedException e) {
                // only close() stops the writer
            } catch (RuntimeException | Error e) {
                log.error("decision log writer failed", e);
                group.forEach(pending -> pending.result.completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group) {
        List<AuditRecord> written;
        try {
            written = transaction.execute(status -> {
                records.lockChain();
                List<AuditRecord> chained = chain(records.head(), group);
                records.insert(chained);
                return chained;
            });
            records.forceToDisk();
        } catch (RuntimeException | Error e) {
            log.warn("{} decision(s) not recorded: {}", group.size(), e.toString());
            group.forEach(pending -> pending.result.completeExceptionally(e));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result.complete(written.get(i));
        }
    }

    private List<AuditRecord> chain(ChainHead start, List<Pending> group) {
        List<AuditRecord> chained = new ArrayList<>(group.size());
        long seq = start.seq();
        String prevHash = start.hash();
        Instant previousTime = start.recordedAt();
        for (Pending pending : group) {
            Entry e = pending.entry;
            // never earlier than the record before: time order and chain order agree
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Instant recordedAt = now.isBefore(previousTime) ? previousTime : now;
            AuditRecord unhashed = new AuditRecord(++seq, e.decisionId(), recordedAt, e.client(), e.whatIf(),
                    e.rulesetVersion(), e.complaintId(), e.request(), e.answer(), e.firedRules(), prevHash, null);
            AuditRecord record = unhashed.withHash(chain.of(unhashed));
            chained.add(record);
            prevHash = record.hash();
            previousTime = recordedAt;
        }
        return chained;
    }

    /** What a caller hands over: everything but the chain fields. */
    record Entry(String decisionId, String client, boolean whatIf, String rulesetVersion, String complaintId,
            JsonNode request, JsonNode answer, JsonNode firedRules) {
    }

    private static final class Pending {

        private static final int WAITING = 0;
        private static final int TAKEN = 1;
        private static final int ABANDONED = 2;

        final Entry entry;
        final CompletableFuture<AuditRecord> result = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(WAITING);

        Pending(Entry entry) {
            this.entry = entry;
        }

        /** The writer takes it into a group, unless its caller gave up. */
        boolean take() {
            return state.compareAndSet(WAITING, TAKEN);
        }

        AuditRecord await(Duration timeout) {
            try {
                return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (state.compareAndSet(WAITING, ABANDONED)) {
                    throw new DecisionNotRecorded(e);
                }
                // already in a group being committed: its outcome decides, so that a caller that
                // gets 503 never leaves a record behind (the transaction timeout bounds the wait)
                return awaitGroup();
            } catch (ExecutionException e) {
                throw new DecisionNotRecorded(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DecisionNotRecorded(e);
            }
        }

        private AuditRecord awaitGroup() {
            try {
                return result.get();
            } catch (ExecutionException e) {
                throw new DecisionNotRecorded(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DecisionNotRecorded(e);
            }
        }
    }
}

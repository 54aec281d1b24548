package kz.shagym.audit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.decision.DecisionNotRecorded;

/**
 * One caller's record on its way to the database, and the line between "may still give up" and
 * "must wait for the outcome". Until the writer sends the record (after it holds the chain lock),
 * the caller can abandon it at its deadline and get 503: the record then never reaches the database.
 * Once sent, the commit's outcome decides, so that a 503 never leaves a record behind; the writer
 * bounds that last step, and the caller waits for it at most {@link #OUTCOME_MARGIN} beyond its deadline.
 */
final class PendingRecord {

    /** How long past its deadline a caller whose record was sent waits for the commit's outcome. */
    static final Duration OUTCOME_MARGIN = Duration.ofSeconds(2);

    private static final int WAITING = 0;
    private static final int TAKEN = 1;
    private static final int SENT = 2;
    private static final int ABANDONED = 3;

    final UnlinkedRecord entry;
    final long deadline;
    private final CompletableFuture<ChainPlace> result = new CompletableFuture<>();
    private final AtomicInteger state = new AtomicInteger(WAITING);

    PendingRecord(UnlinkedRecord entry, Duration timeout) {
        this.entry = entry;
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /** The writer takes it into a group, unless its caller gave up. */
    boolean take() {
        return state.compareAndSet(WAITING, TAKEN);
    }

    /** The writer is about to insert it: from here on the caller waits for the outcome. */
    boolean send() {
        return state.compareAndSet(TAKEN, SENT);
    }

    /** The transaction that carried it certainly did not commit: its caller may give up again. */
    void unsend() {
        state.compareAndSet(SENT, TAKEN);
    }

    /** Taken and not sent, nor given up: the writer may still try it. */
    boolean open() {
        return state.get() == TAKEN && !result.isDone();
    }

    long nanosLeft() {
        return deadline - System.nanoTime();
    }

    void recorded(ChainPlace record) {
        result.complete(record);
    }

    void notRecorded(StoreFailure failure) {
        result.completeExceptionally(failure);
    }

    /** Blocks until the record is committed, or throws {@link DecisionNotRecorded}. */
    ChainPlace await() {
        try {
            return result.get(Math.max(0, nanosLeft()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (abandon()) {
                throw new DecisionNotRecorded(StoreFailure.timeout());
            }
            return awaitOutcome();
        } catch (ExecutionException e) {
            throw new DecisionNotRecorded(e.getCause());
        } catch (InterruptedException e) {
            if (abandon()) {
                Thread.currentThread().interrupt();
                throw new DecisionNotRecorded(e);
            }
            try {
                return awaitOutcome();
            } finally {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean abandon() {
        while (true) {
            int now = state.get();
            if (now == SENT) {
                return false;
            }
            if (now == ABANDONED || state.compareAndSet(now, ABANDONED)) {
                return true;
            }
        }
    }

    private ChainPlace awaitOutcome() {
        try {
            return result.get(OUTCOME_MARGIN.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            // the writer's bounds should make this unreachable; say so loudly, it is the one 503 that may lie
            GroupCommitWriter.unknownOutcome(entry.decisionId());
            throw new DecisionNotRecorded(StoreFailure.timeout());
        } catch (ExecutionException e) {
            throw new DecisionNotRecorded(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DecisionNotRecorded(e);
        }
    }
}

package kz.shagym.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.shagym.audit.DecisionRecords.ChainHead;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Tries whether the audit can be written, without writing a record: one inserted and rolled back
 * (the table, the privileges, the chain lock), then a committed update of the lock row that changes
 * nothing, forced to disk (the disk). While the writer has failed, readiness asks this, so that a
 * store that came back is seen without waiting for traffic that a DOWN readiness keeps away.
 */
final class WriteProbe {

    private final ChainWrites store;
    private final PlatformTransactionManager transactions;

    WriteProbe(ChainWrites store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** Throws what the store answered when it cannot be written. */
    void run() {
        Duration wait = GroupCommitWriter.CONFIRM_WAIT;
        GroupCommitWriter.boundedTransaction(transactions, wait.multipliedBy(2)).executeWithoutResult(status -> {
            status.setRollbackOnly();
            ChainHead head = store.lockChain(wait);
            store.insert(List.of(probeRecord(head)), wait);
        });
        GroupCommitWriter.boundedTransaction(transactions, wait.multipliedBy(2))
                .executeWithoutResult(status -> store.touchLock());
        store.forceToDisk();
    }

    private static ChainLinks.Linked probeRecord(ChainHead head) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        UnlinkedRecord probe = new UnlinkedRecord("probe-" + UUID.randomUUID(), "audit-probe", false, "probe", null,
                "{}", UnlinkedRecord.utf8("{}"), UnlinkedRecord.utf8("{}"), List.of(), "[]", new byte[0], new byte[0],
                new byte[0], null);
        Instant at = head.recordedAt();
        return new ChainLinks.Linked(probe, probe.linked(head.seq() + 1, at, head.hash(), HexFormat.of().formatHex(hash)));
    }
}

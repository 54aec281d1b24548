package kz.shagym.audit;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import kz.shagym.audit.DecisionRecords.ChainHead;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Tries whether the audit can be written, without writing a record: one inserted and rolled back
 * (the table, the privileges, the chain lock), then a committed update of the lock row that changes
 * nothing, forced to disk (the disk). While the writer has failed, readiness asks this, so that a
 * store that came back is seen without waiting for traffic that a DOWN readiness keeps away.
 */
final class WriteProbe {

    private final DecisionRecords records;
    private final PlatformTransactionManager transactions;

    WriteProbe(DecisionRecords records, PlatformTransactionManager transactions) {
        this.records = records;
        this.transactions = transactions;
    }

    /** Throws what the store answered when it cannot be written. */
    void run() {
        Duration wait = GroupCommitWriter.CONFIRM_WAIT;
        GroupCommitWriter.boundedTransaction(transactions, wait.multipliedBy(2)).executeWithoutResult(status -> {
            status.setRollbackOnly();
            ChainHead head = records.lockChain(wait);
            records.insert(List.of(probeRecord(head)));
        });
        GroupCommitWriter.boundedTransaction(transactions, wait.multipliedBy(2))
                .executeWithoutResult(status -> records.touchLock());
        records.forceToDisk();
    }

    private static AuditRecord probeRecord(ChainHead head) {
        byte[] hash = new byte[32];
        ThreadLocalRandom.current().nextBytes(hash);
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new AuditRecord(head.seq() + 1, "probe-" + UUID.randomUUID(), head.recordedAt(), "audit-probe", false,
                "probe", null, nodes.objectNode(), nodes.objectNode(), nodes.arrayNode(), head.hash(),
                HexFormat.of().formatHex(hash));
    }
}

package kz.shagym.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.audit.DecisionRecords.ChainHead;

/**
 * Links a group's entries onto the chain after its head: the next sequence numbers, a time that never
 * runs backwards, and each record's hash over the one before it. Called under the chain lock, so the
 * head it starts from is the one in the database.
 */
final class ChainLinks {

    private final ChainHash chain;
    private final Clock clock;

    ChainLinks(ChainHash chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    List<AuditRecord> after(ChainHead start, List<GroupCommitWriter.Entry> entries) {
        List<AuditRecord> chained = new ArrayList<>(entries.size());
        long seq = start.seq();
        String prevHash = start.hash();
        Instant previousTime = start.recordedAt();
        for (GroupCommitWriter.Entry e : entries) {
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
}

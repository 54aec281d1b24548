package kz.shagym.audit;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.audit.DecisionRecords.ChainHead;

/**
 * Links a group's records onto the chain after its head: the next sequence numbers, a time that never
 * runs backwards, and each record's hash over the one before it. Called under the chain lock, so the
 * head it starts from is the one in the database; the records' texts were written before (see
 * {@link UnlinkedRecord}), so what is left here is numbering, stamping and hashing. One writer thread
 * uses it, and so its one digest.
 */
final class ChainLinks {

    private final ChainHash chain;
    private final Clock clock;
    private final MessageDigest digest = ChainHash.digest();

    ChainLinks(ChainHash chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    List<Linked> after(ChainHead start, List<UnlinkedRecord> records) {
        List<Linked> chained = new ArrayList<>(records.size());
        long seq = start.seq();
        String prevHash = start.hash();
        Instant previousTime = start.recordedAt();
        for (UnlinkedRecord r : records) {
            // never earlier than the record before: time order and chain order agree
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Instant recordedAt = now.isBefore(previousTime) ? previousTime : now;
            String hash = chain.link(r, prevHash, ++seq, recordedAt, digest);
            chained.add(new Linked(r, r.linked(seq, recordedAt, prevHash, hash)));
            prevHash = hash;
            previousTime = recordedAt;
        }
        return chained;
    }

    /** A record with its place in the chain, and the texts it is stored with. */
    record Linked(UnlinkedRecord texts, ChainPlace record) {
    }
}

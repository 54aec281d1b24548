package kz.shagym.audit;

import java.util.List;
import kz.shagym.audit.DecisionRecords.ChainHead;
import org.springframework.transaction.support.TransactionTemplate;

/** Walks the chain and holds it against the latest checkpoint; the server and the command line share it. */
final class ChainVerifier {

    private final DecisionRecords records;
    private final ChainHash chain;
    private final TransactionTemplate reading;
    private final CheckpointTrust trust;

    ChainVerifier(DecisionRecords records, ChainHash chain, TransactionTemplate reading, CheckpointTrust trust) {
        this.records = records;
        this.chain = chain;
        this.reading = reading;
        this.trust = trust;
    }

    Verification verify() {
        // read before the chain: a record appended meanwhile only lengthens what the checkpoint covers
        CheckpointTrust.Latest latest = trust.latest();
        return reading.execute(status -> {
            ChainWalk walk = new ChainWalk(chain);
            records.walk(walk::check);
            return check().hold(walk.result(), latest, records.head().seq());
        });
    }

    /**
     * Only whether the chain still ends at or beyond the latest checkpoint with its hash: one query,
     * cheap enough to run before every signature. Records in the middle are the walk's business.
     */
    Verification holdsLatestCheckpoint(CheckpointTrust.Latest latest) {
        return reading.execute(status ->
                check().hold(new Verification(true, 0, null), new CheckpointTrust.Latest(latest.checkpoint(), List.of()),
                        records.head().seq()));
    }

    ChainHead head() {
        return reading.execute(status -> records.head());
    }

    /**
     * The head, once every record up to it is on disk: H2 shows a commit before it is synced (the
     * writer syncs after it), and a checkpoint must not sign a record that a power cut could take back.
     */
    ChainHead durableHead() {
        ChainHead head = head();
        records.forceToDisk();
        return head;
    }

    private CheckpointCheck check() {
        return new CheckpointCheck(trust, records::hashAt);
    }
}

package kz.shagym.audit;

/**
 * Checks records in chain order: each must sit at the next position, link to the hash of the one
 * before, and carry the hash of its own content. Stops at the first that doesn't.
 */
final class ChainWalk {

    private final ChainHash chain;
    private long checked;
    private long previousSeq;
    private String previousHash = ChainHash.GENESIS;
    private String firstBroken;

    ChainWalk(ChainHash chain) {
        this.chain = chain;
    }

    /** @return whether to go on */
    boolean check(AuditRecord record) {
        checked++;
        boolean holds = record.seq() == previousSeq + 1
                && previousHash.equals(record.prevHash())
                && chain.of(record).equals(record.hash());
        if (!holds) {
            firstBroken = record.decisionId();
            return false;
        }
        previousSeq = record.seq();
        previousHash = record.hash();
        return true;
    }

    Verification result() {
        return new Verification(firstBroken == null, checked, firstBroken);
    }
}

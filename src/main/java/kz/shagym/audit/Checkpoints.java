package kz.shagym.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.shagym.audit.DecisionRecords.ChainHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs the chain head into the checkpoint folder: on request, every {@code interval} when the head
 * moved, and once more at shutdown. Refuses to sign a chain that no longer holds what the latest
 * checkpoint signed: a new signature must never launder a deletion.
 */
final class Checkpoints implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final ChainVerifier chain;
    private final CheckpointFolder folder;
    private final CheckpointTrust trust;
    private final CheckpointKeys.Signing key;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    /** When the latest trusted checkpoint was signed, as far as this instance knows; read once at the first ask. */
    private volatile Optional<Instant> lastSigned;

    Checkpoints(ChainVerifier chain, CheckpointFolder folder, CheckpointTrust trust, CheckpointKeys.Signing key,
            Clock clock, Duration interval) {
        this.chain = chain;
        this.folder = folder;
        this.trust = trust;
        this.key = key;
        this.clock = clock;
        this.interval = interval;
    }

    /** Starts the periodic signing, unless the interval is zero. */
    void start() {
        if (interval.isZero()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::signQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Signs the current head, even when it did not move since the last checkpoint. */
    synchronized Checkpoint sign() {
        CheckpointTrust.Latest latest = trust.latest();
        Verification holds = chain.holdsLatestCheckpoint(latest);
        if (!holds.valid()) {
            throw new CheckpointRefused(holds);
        }
        ChainHead head = chain.durableHead();
        // milliseconds: the file name carries the same time, so name and content agree
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String keyId = key.verifying().keyId();
        String signature = key.sign(Checkpoint.payload(head.seq(), head.hash(), head.recordedAt(), now, keyId));
        Checkpoint checkpoint = new Checkpoint(Checkpoint.fileName(head.seq(), now), head.seq(), head.hash(),
                head.recordedAt(), now, keyId, Checkpoint.ALGORITHM, signature);
        folder.write(checkpoint);
        lastSigned = Optional.of(now);
        log.info("Audit checkpoint signed: record {} ({}), file {}", head.seq(), head.hash(), checkpoint.file());
        return checkpoint;
    }

    /** Signs when the head moved since the latest trusted checkpoint; a quiet service writes no files. */
    synchronized Optional<Checkpoint> signIfMoved() {
        ChainHead head = chain.head();
        Optional<Checkpoint> latest = trust.latest().checkpoint();
        if (head.seq() == 0 || latest.filter(c -> c.seq() == head.seq() && c.hash().equals(head.hash())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(sign());
    }

    /**
     * Seconds since the latest trusted checkpoint was signed (NaN while there is none): an operator
     * alerts when it grows far beyond the signing interval. Kept in memory, so a scrape reads no files.
     */
    double ageSeconds() {
        Optional<Instant> signed = lastSigned;
        if (signed == null) {
            signed = trust.latest().checkpoint().map(Checkpoint::signedAt);
            lastSigned = signed;
        }
        return signed.map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0).orElse(Double.NaN);
    }

    /** The newest checkpoint files, each with whether its signature holds. */
    List<CheckpointTrust.Examined> newest(int limit) {
        return trust.newest(limit);
    }

    /** One checkpoint file by its name, with whether its signature holds. */
    Optional<CheckpointTrust.Examined> one(String file) {
        return trust.one(file);
    }

    CheckpointKeys.Verifying key() {
        return key.verifying();
    }

    /** Stops the periodic signing and signs the head one last time. */
    @Override
    public void close() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        signQuietly();
    }

    // on the scheduler's thread an exception would cancel every later run: log it and go on
    private void signQuietly() {
        try {
            signIfMoved();
        } catch (CheckpointRefused e) {
            log.error("Audit checkpoint NOT signed: {}. Check GET /api/v1/audit/verification.", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Audit checkpoint not signed this time: {}", e.toString());
        }
    }
}

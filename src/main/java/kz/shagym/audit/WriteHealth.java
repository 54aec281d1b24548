package kz.shagym.audit;

import java.time.Duration;

/**
 * Whether the audit can be written, as the writer last saw it. A store failure (no connection, a
 * closed database, a missing table or privilege, a timeout) marks it unwritable until a commit or a
 * probe succeeds; one record that cannot be stored does not. While unwritable, asking probes the
 * store again, at most once per {@link #PROBE_INTERVAL}: readiness being DOWN keeps the traffic away
 * whose commits would otherwise show that the store is back.
 */
final class WriteHealth {

    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);

    private final Runnable probe;
    private volatile StoreFailure failure;
    private long lastProbe;

    WriteHealth(Runnable probe) {
        this.probe = probe;
        this.lastProbe = System.nanoTime() - PROBE_INTERVAL.toNanos();
    }

    void written() {
        failure = null;
    }

    void failed(StoreFailure failure) {
        this.failure = failure;
    }

    /** The store failure that keeps the audit from being written now, or null when it can be written. */
    StoreFailure failure() {
        if (failure != null) {
            probeIfDue();
        }
        return failure;
    }

    private synchronized void probeIfDue() {
        long now = System.nanoTime();
        if (failure == null || now - lastProbe < PROBE_INTERVAL.toNanos()) {
            return;
        }
        lastProbe = now;
        try {
            probe.run();
            failure = null;
        } catch (RuntimeException e) {
            failure = StoreFailure.of(e);
        }
    }
}

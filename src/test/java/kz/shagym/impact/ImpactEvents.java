package kz.shagym.impact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.context.event.EventListener;

/**
 * What jobs wrote, as they wrote it: the readiness signal the tests wait on. It can also hold a job's own
 * thread at its first progress past zero, so that a test sees a job part-way with certainty.
 */
public class ImpactEvents {

    /** Guarded by itself; waiters are woken on each event. */
    private final List<ImpactProgressed> events = new ArrayList<>();
    private volatile CountDownLatch held;
    private volatile CountDownLatch release;
    private volatile boolean atStart;

    @EventListener
    void on(ImpactProgressed event) throws InterruptedException {
        synchronized (events) {
            events.add(event);
            events.notifyAll();
        }
        CountDownLatch hold = held;
        if (hold != null && event.state() == ImpactState.RUNNING && (atStart || event.done() > 0) && hold.getCount() > 0) {
            hold.countDown();
            release.await(2, TimeUnit.MINUTES);
        }
    }

    /** The next job to report progress past zero stops there until {@link #release()}. */
    public void holdNextJobPartWay() {
        hold(false);
    }

    /** The next job to start running stops there, before it decides anything, until {@link #release()}. */
    public void holdNextJobAtStart() {
        hold(true);
    }

    private void hold(boolean start) {
        atStart = start;
        release = new CountDownLatch(1);
        held = new CountDownLatch(1);
    }

    public void awaitHeld() throws InterruptedException {
        if (!held.await(2, TimeUnit.MINUTES)) {
            throw new AssertionError("no job reported progress");
        }
    }

    public void release() {
        held = null;
        release.countDown();
    }

    /** Every event of {@code jobId} up to and including the first that matches, in order. */
    public List<ImpactProgressed> until(String jobId, Predicate<ImpactProgressed> last) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        synchronized (events) {
            while (true) {
                List<ImpactProgressed> seen = new ArrayList<>();
                for (ImpactProgressed event : events) {
                    if (event.jobId().equals(jobId)) {
                        seen.add(event);
                        if (last.test(event)) {
                            return seen;
                        }
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("job " + jobId + " did not get there; saw " + seen);
                }
                TimeUnit.NANOSECONDS.timedWait(events, left);
            }
        }
    }
}

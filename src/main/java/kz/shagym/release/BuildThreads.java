package kz.shagym.release;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every build on a fresh thread of its own, never on one that answers decisions, at most
 * {@code maxRunning} at a time. A build that overruns is abandoned: its thread is interrupted and its
 * place given back at once, so a build that ignores the interrupt (a loop in a library) never holds
 * up the next one. A single long-lived build thread would: everything queued behind it would time out.
 */
final class BuildThreads implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BuildThreads.class);

    private final Duration timeout;
    private final Semaphore places;
    private final AtomicLong numbers = new AtomicLong();
    private final Set<Thread> running = ConcurrentHashMap.newKeySet();

    BuildThreads(Duration timeout, int maxRunning) {
        this.timeout = timeout;
        this.places = new Semaphore(Math.max(1, maxRunning), true);
    }

    /**
     * Runs the build and waits for it, the wait for a free place included, at most the timeout.
     *
     * @throws BuildTimedOut when it did not finish in time (the build is abandoned, and whoever
     *         {@linkplain #join joined} it is told so)
     */
    <T> T run(FutureTask<T> build) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!places.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                build.cancel(false);
                throw new BuildTimedOut(timeout);
            }
        } catch (InterruptedException e) {
            build.cancel(false);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to build", e);
        }
        try {
            Thread thread = new Thread(() -> {
                try {
                    build.run();
                } finally {
                    running.remove(Thread.currentThread());
                }
            }, "rule-set-build-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            running.add(thread);
            thread.start();
            return await(build, thread, deadline);
        } finally {
            places.release();
        }
    }

    /**
     * Waits, at most the timeout, for a build another caller {@linkplain #run runs}.
     *
     * @throws BuildTimedOut when it did not finish in time, or the caller that runs it abandoned it
     */
    <T> T join(FutureTask<T> build) {
        return await(build, null, System.nanoTime() + timeout.toNanos());
    }

    /** @param thread the build's thread when this caller runs it (then it abandons it on time-out), else null */
    private <T> T await(FutureTask<T> task, Thread thread, long deadline) {
        try {
            return task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (thread != null) {
                task.cancel(true);
                log.warn("Build on {} abandoned after {}; {} build thread(s) still running", thread.getName(), timeout,
                        running.size());
            }
            throw new BuildTimedOut(timeout);
        } catch (CancellationException abandoned) {
            throw new BuildTimedOut(timeout);
        } catch (InterruptedException e) {
            if (thread != null) {
                task.cancel(true);
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Builds whose threads still run, abandoned ones included. */
    int running() {
        return running.size();
    }

    /** Places free for a new build now. */
    int free() {
        return places.availablePermits();
    }

    /** Interrupts builds still running, abandoned ones included (on shutdown). */
    @Override
    public void close() {
        running.forEach(Thread::interrupt);
    }
}

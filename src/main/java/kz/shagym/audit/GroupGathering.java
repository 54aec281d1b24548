package kz.shagym.audit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * How long the writer lets a group grow before committing it. A commit has a cost of its own, whatever
 * the group's size: on H2 it rewrites the pages along every index's path and syncs the file. Under
 * load, decisions arrive a fraction of a millisecond apart, so waiting briefly for the next ones
 * shares that cost among more of them (H2, 32 connections: about twice the decisions per group and an
 * eighth to a third less CPU per decision, by how long the load had run; README, "Benchmarks").
 * PostgreSQL does not wait: its commit is the server's work, and waiting only added latency there.
 *
 * <p>Waiting only pays when others are deciding at the same time, so a lone decision is committed at
 * once: one client alone waits no longer than without it. A group of two or more waits only while more
 * decisions are on their way ({@link DecisionsOnTheWay}: admitted, rules running), for each next one at
 * most {@code gap}, and for all of them at most {@code wait}; a full group does not wait. Before the
 * group waited for arrivals alone, and on H2 at 32 connections each group waited out the whole 2 ms while
 * every caller already sat in it: a third of the CPU idle, 15 to 25% fewer decisions (README, "Benchmarks").
 * The writer is woken by a record, not by the count: a wait that began just before the last decision on
 * its way was withdrawn (its rules failed, say) ends at the gap.
 */
final class GroupGathering {

    private final long waitNanos;
    private final long gapNanos;
    private final DecisionsOnTheWay onTheWay;

    GroupGathering(Duration wait, Duration gap, DecisionsOnTheWay onTheWay) {
        this.waitNanos = wait.toNanos();
        this.gapNanos = Math.min(gap.toNanos(), waitNanos);
        this.onTheWay = onTheWay;
    }

    /**
     * Adds to {@code group} (holding what was taken at once) what arrives while it is worth waiting for.
     * Interrupted, it stops waiting and keeps the interrupt: what it took is still committed.
     */
    <T> void fill(BlockingQueue<T> queue, List<T> group, int batchSize) {
        if (waitNanos <= 0 || group.size() < 2) {
            return;
        }
        long end = System.nanoTime() + waitNanos;
        while (group.size() < batchSize) {
            long left = Math.min(gapNanos, end - System.nanoTime());
            if (left <= 0) {
                return;
            }
            if (queue.isEmpty() && !onTheWay.any()) {
                return;
            }
            T next;
            try {
                next = queue.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (next == null) {
                return;
            }
            group.add(next);
            queue.drainTo(group, batchSize - group.size());
        }
    }
}

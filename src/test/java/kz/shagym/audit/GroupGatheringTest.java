package kz.shagym.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The writer waits for more decisions only while others are being decided, and never beyond its bounds.
 * The bounds under test are far apart (a minute against milliseconds), so that which one ended the wait
 * shows without timing anything: each test fails by running into its 10 s limit.
 */
class GroupGatheringTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final DecisionsOnTheWay onTheWay = new DecisionsOnTheWay();

    private GroupGathering gathering(Duration wait, Duration gap) {
        return new GroupGathering(wait, gap, onTheWay);
    }

    @Test
    void fillWhenOneDecisionIsTakenShouldCommitItAtOnceWithoutWaitingForOthers() {
        List<String> group = new ArrayList<>(List.of("a"));
        onTheWay.coming();

        assertTimeoutPreemptively(LIMIT, () -> gathering(MINUTE, MINUTE).fill(queue, group, 256));

        assertThat(group).containsExactly("a");
    }

    @Test
    void fillWhenOthersAreDecidingShouldTakeTheDecisionsArrivingMeanwhileUntilTheGroupIsFull()
            throws InterruptedException {
        List<String> group = new ArrayList<>(List.of("a", "b"));
        onTheWay.coming();
        onTheWay.coming();
        Thread late = new Thread(() -> {
            queue.add("c");
            onTheWay.arrived();
            queue.add("d");
            onTheWay.arrived();
        });
        late.start();

        assertTimeoutPreemptively(LIMIT, () -> gathering(MINUTE, MINUTE).fill(queue, group, 4));

        late.join();
        assertThat(group).containsExactly("a", "b", "c", "d");
    }

    @Test
    void fillShouldStopWhenNoDecisionArrivesWithinTheGap() {
        List<String> group = new ArrayList<>(List.of("a", "b"));
        onTheWay.coming(); // and never arrives: its rules failed, say

        assertTimeoutPreemptively(LIMIT,
                () -> gathering(MINUTE, Duration.ofMillis(20)).fill(queue, group, 256));

        assertThat(group).containsExactly("a", "b");
    }

    @Test
    void fillShouldStopAtItsWaitEvenWhileDecisionsKeepArriving() throws InterruptedException {
        List<String> group = new ArrayList<>(List.of("a", "b"));
        AtomicBoolean arriving = new AtomicBoolean(true);
        onTheWay.coming(); // always one more on its way
        Thread steady = new Thread(() -> {
            for (int i = 0; arriving.get(); i++) {
                queue.add("x" + i);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        steady.start();
        try {
            assertTimeoutPreemptively(LIMIT,
                    () -> gathering(Duration.ofMillis(200), MINUTE).fill(queue, group, 1_000_000));
        } finally {
            arriving.set(false);
            steady.join();
        }

        assertThat(group).hasSizeGreaterThan(2).startsWith("a", "b");
    }

    @Test
    void fillShouldTakeWhatIsQueuedAlreadyUpToTheBatchSizeAndLeaveTheRest() {
        for (int i = 0; i < 10; i++) {
            queue.add("q" + i);
        }
        List<String> group = new ArrayList<>(List.of("a", "b"));

        assertTimeoutPreemptively(LIMIT, () -> gathering(MINUTE, MINUTE).fill(queue, group, 5));

        assertThat(group).containsExactly("a", "b", "q0", "q1", "q2");
        assertThat(queue).hasSize(7);
    }

    @Test
    void fillWhenInterruptedShouldStopWaitingKeepWhatItTookAndKeepTheInterrupt() {
        List<String> group = new ArrayList<>(List.of("a", "b"));
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        onTheWay.coming();

        assertTimeoutPreemptively(LIMIT, () -> {
            Thread.currentThread().interrupt();
            gathering(MINUTE, MINUTE).fill(queue, group, 256);
            stillInterrupted.set(Thread.interrupted());
        });

        assertThat(group).containsExactly("a", "b");
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    void fillWithoutAWaitShouldCommitWhatWasTakenAsItIs() {
        queue.add("late");
        onTheWay.coming();
        List<String> group = new ArrayList<>(List.of("a", "b"));

        assertTimeoutPreemptively(LIMIT, () -> gathering(Duration.ZERO, MINUTE).fill(queue, group, 256));

        assertThat(group).containsExactly("a", "b");
        assertThat(queue).containsExactly("late");
    }

    @Test
    void fillWhenNobodyElseIsBeingDecidedShouldCommitAtOnceWhateverItsBounds() {
        List<String> group = new ArrayList<>(List.of("a", "b"));

        assertTimeoutPreemptively(LIMIT, () -> gathering(MINUTE, MINUTE).fill(queue, group, 256));

        assertThat(group).containsExactly("a", "b");
    }

    @Test
    void fillShouldWaitForEachDecisionOnItsWayWhetherItArrivesOrIsWithdrawn() throws InterruptedException {
        List<String> group = new ArrayList<>(List.of("a", "b"));
        onTheWay.coming();
        onTheWay.coming();
        onTheWay.coming();
        Thread deciding = new Thread(() -> {
            queue.add("c");
            onTheWay.arrived();
            onTheWay.arrived(); // withdrawn: no rule covered it
            queue.add("e");
            onTheWay.arrived();
        });
        deciding.start();

        // the gap only ends a wait that began just before the last arrival was counted (the writer is not woken
        // by a count, only by a record); the minute's wait would fail the test
        assertTimeoutPreemptively(LIMIT, () -> gathering(MINUTE, Duration.ofMillis(200)).fill(queue, group, 256));

        deciding.join();
        assertThat(group).containsExactly("a", "b", "c", "e");
        assertThat(onTheWay.any()).isFalse();
    }

    @Test
    void arrivedWithoutComingShouldNotHideADecisionStillOnItsWay() {
        onTheWay.arrived(); // a record made directly, never announced
        onTheWay.coming();

        assertThat(onTheWay.any()).isTrue();
    }
}

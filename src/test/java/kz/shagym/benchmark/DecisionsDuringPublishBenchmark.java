package kz.shagym.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.release.PublishingPipeline;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ComplaintFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10, goal 3: do decisions keep flowing while a 10,000-row table is published? One thread decides with
 * the active version (the shipped tables) and JMH samples each decision's latency; with
 * {@code background=publishing} another thread publishes the shipped set with 10,000 service rows in
 * time-limits and in routing, over and over, through the service's publishing path ({@link PublishingPipeline}:
 * check, compile, scenarios, store), from before the warm-up until after the last measurement. Compare the
 * p0.99 of {@code publishing} with {@code idle} in the same run (goal: at most 2x). The tear-down prints how
 * many publishes ran and how long each took, so a run where the publisher stalled would show.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="DecisionsDuringPublishBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 6, time = 10)
public class DecisionsDuringPublishBenchmark {

    static final int PUBLISHED_ROWS = 10_000;

    @Param({"idle", "publishing"})
    public String background;

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private CompiledRuleSet active;
    private ComplaintFacts[] complaints;
    private int next;

    private Thread publisher;
    private volatile boolean stop;
    private final List<String> publishes = new ArrayList<>();

    @Setup(Level.Trial)
    public void startPublishing() {
        active = ShippedRules.build();
        complaints = ComplaintMix.of(active, 512);
        if (background.equals("publishing")) {
            RuleSetSource large = ShippedRules.withServiceRows(PUBLISHED_ROWS);
            publisher = new Thread(() -> publishUntilStopped(large), "publisher");
            publisher.setDaemon(true);
            publisher.start();
        }
    }

    private void publishUntilStopped(RuleSetSource large) {
        while (!stop) {
            long start = System.nanoTime();
            String outcome;
            try (PublishingPipeline pipeline = PublishingPipeline.open()) {
                pipeline.publish(large);
                outcome = "published";
            } catch (RuntimeException failed) {
                outcome = "failed: " + failed;
            }
            synchronized (publishes) {
                publishes.add(String.format("%s in %.1f s", outcome, (System.nanoTime() - start) / 1e9));
            }
        }
    }

    @TearDown(Level.Trial)
    public void stopPublishing() throws InterruptedException {
        if (publisher != null) {
            stop = true;
            publisher.join();
            synchronized (publishes) {
                System.out.printf("%n%d publishes of %,d extra rows during the trial: %s%n", publishes.size(),
                        PUBLISHED_ROWS, publishes);
            }
        }
    }

    @Benchmark
    @Threads(1)
    public Decision decideOnOneThread() {
        next = (next + 1) % complaints.length;
        return evaluator.evaluate(active, complaints[next]);
    }
}

package kz.shagym.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;
import kz.shagym.release.PublishingPipeline;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetSource;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10, goal 3: publishing a large table, single shot, with the shipped tables ({@code extraRows=0}) and
 * with 10,000 generated service rows in time-limits and as many in routing ({@link ShippedRules#withServiceRows}).
 * <ul>
 *   <li>{@code publish}: the service's publishing path ({@link PublishingPipeline}: {@code Publishing.publish}
 *       over the compile service on its build thread) — every cell checked, the rule base compiled, the
 *       lawyers' scenarios run, the version stored in H2. Each shot on a new pipeline and database, since a
 *       pipeline keeps what it built. Goal: at most 30 s at 10,000 rows.</li>
 *   <li>{@code buildAndHold}: the builder alone ({@code RuleSetBuilder.build}); after each shot the set is
 *       kept, decides the benchmark mix (so its pooled sessions and explanations count), and the heap in use
 *       after full collections is compared to the heap before the shot. Printed as {@code retained: … MB}
 *       (goal: at most 250 MB at 10,000 rows).</li>
 * </ul>
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="PublishLargeTableBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class PublishLargeTableBenchmark {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1024.0 * 1024.0;

    @Param({"0", "10000"})
    public int extraRows;

    private RuleSetSource source;

    @Setup(Level.Trial)
    public void generateTables() {
        source = ShippedRules.withServiceRows(extraRows);
    }

    /** A new pipeline per shot: a fresh database and a compile service that has built nothing yet. */
    @State(Scope.Thread)
    public static class Pipeline {
        PublishingPipeline pipeline;

        @Setup(Level.Iteration)
        public void open() {
            pipeline = PublishingPipeline.open();
        }

        @TearDown(Level.Iteration)
        public void close() {
            pipeline.close();
        }
    }

    @Benchmark
    public String publish(Pipeline pipeline) {
        return pipeline.pipeline.publish(source);
    }

    /** The version a shot built, held until the heap it keeps has been measured. */
    @State(Scope.Thread)
    public static class Held {
        CompiledRuleSet ruleSet;
        long before;

        @Setup(Level.Iteration)
        public void measureBefore() {
            ruleSet = null;
            forgetReplacedVersions();
            before = usedAfterFullCollections();
        }

        /**
         * The evaluator's cache holds a version weakly, but its pooled sessions (and through them the rule base)
         * until the cache's next upkeep, which a new entry brings: without this, the previous shot's rule base
         * would count in "before" and be freed between the readings after. A small set (the shipped one, about
         * 1 MB) decides once and is dropped, so that the cache lets go of the last shot's.
         */
        private static void forgetReplacedVersions() {
            usedAfterFullCollections();
            CompiledRuleSet probe = ShippedRules.build();
            ComplaintMix.of(probe, 1);
        }

        @TearDown(Level.Iteration)
        public void measureRetained(PublishLargeTableBenchmark benchmark) {
            long compiled = usedAfterFullCollections();
            ComplaintMix.of(ruleSet, 512); // decides every complaint of the mix once: sessions pooled, explanations cached
            long deciding = usedAfterFullCollections();
            System.out.printf("%nretained by the compiled version (%,d extra rows, %,d table rules): %.1f MB built, "
                    + "%.1f MB after deciding the mix%n", benchmark.extraRows, ruleSet.tableRules().size(),
                    (compiled - before) / MB, (deciding - before) / MB);
            ruleSet = null;
        }
    }

    @Benchmark
    public CompiledRuleSet buildAndHold(Held held) {
        held.ruleSet = ShippedRules.build(source);
        return held.ruleSet;
    }

    /** Heap in use once full collections no longer free anything (the lowest of several readings). */
    static long usedAfterFullCollections() {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            lowest = Math.min(lowest, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }
}

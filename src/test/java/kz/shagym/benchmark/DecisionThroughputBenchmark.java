package kz.shagym.benchmark;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.decision.Decision;
import kz.shagym.decision.FreshSessionEvaluator;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.ComplaintFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second in process: one compiled shipped rule set shared by all threads, no HTTP, JSON
 * or audit. {@link RuleEvaluator} is what a request runs (reused sessions); {@link FreshSessionEvaluator}
 * is the evaluator as it was before issue 10 (a fresh session per decision), kept as the reference,
 * so that one run shows both on the same machine at the same time. Add {@code -prof gc} for the bytes
 * allocated per decision ({@code gc.alloc.rate.norm}).
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="DecisionThroughputBenchmark -prof gc"}.
 *
 * <p>Warm-up is longer than usual: Drools interprets constraints until its own JIT and C2 have
 * compiled them, and throughput still doubles after the first few seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 3, time = 3)
public class DecisionThroughputBenchmark {

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final FreshSessionEvaluator freshSessions = new FreshSessionEvaluator();
    private CompiledRuleSet ruleSet;
    private ComplaintFacts[] complaints;

    @Setup(Level.Trial)
    public void buildRuleSetOnce() {
        ruleSet = ShippedRules.build();
        complaints = ComplaintMix.of(ruleSet, 512);
    }

    /** Each thread walks the mix from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger THREADS = new AtomicInteger();
        private int next = THREADS.getAndIncrement() * 97;

        ComplaintFacts next(ComplaintFacts[] all) {
            next = (next + 1) % all.length;
            return all[next];
        }
    }

    @Benchmark
    @Threads(1)
    public Decision decideOnOneThread(Cursor cursor) {
        return evaluator.evaluate(ruleSet, cursor.next(complaints));
    }

    /** Today's path before issue 10, on the same complaints in the same order: the ratio's denominator. */
    @Benchmark
    @Threads(1)
    public Decision freshSessionOnOneThread(Cursor cursor) {
        return freshSessions.evaluate(ruleSet, cursor.next(complaints));
    }

    @Benchmark
    @Threads(2)
    public Decision decideOnTwoThreads(Cursor cursor) {
        return evaluator.evaluate(ruleSet, cursor.next(complaints));
    }
}

package kz.shagym.benchmark;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowOrigin;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 10, goal 1: what a decision costs as the tables grow. One thread decides with the shipped tables
 * ({@code extraRows=0}) and with 100, 1,000 and 10,000 generated service rows added to time-limits and as
 * many to routing ({@link ShippedRules#withServiceRows}: every row reachable, a service's rows outranking
 * the general ones). All sizes run in one JMH run, so the ratio of 10,000 to 0 is read off one run on the
 * same machine (goal: at most 1.5). The mix ({@link ComplaintMix}) carries the tables' service codes, the
 * generated ones included, so complaints are decided by generated rows as well as by shipped ones; the
 * set-up prints how many, so that a mix that only misses the service rows would show.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="TableSizeBenchmark -prof gc"}
 * ({@code gc.alloc.rate.norm}: bytes allocated per decision).
 *
 * <p>The warm-up is a minute: with thousands of rows, throughput kept rising for 30-40 s (Drools compiles
 * each constraint once it has been evaluated often enough, then C2 compiles those), and a 10 s warm-up
 * measured the climb, not the cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 3)
public class TableSizeBenchmark {

    @Param({"0", "100", "1000", "10000"})
    public int extraRows;

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private CompiledRuleSet ruleSet;
    private ComplaintFacts[] complaints;
    private int next;

    @Setup(Level.Trial)
    public void buildRuleSetOnce() {
        ruleSet = ShippedRules.build(ShippedRules.withServiceRows(extraRows));
        complaints = ComplaintMix.of(ruleSet, 512);
        System.out.println(rowsThatDecided());
    }

    @Benchmark
    @Threads(1)
    public Decision decideOnOneThread() {
        next = (next + 1) % complaints.length;
        return evaluator.evaluate(ruleSet, complaints[next]);
    }

    /** Which rows decided the mix: generated ids are RG… (routing) and TG… (time limits). */
    private String rowsThatDecided() {
        AtomicInteger generatedRouting = new AtomicInteger();
        AtomicInteger generatedLimits = new AtomicInteger();
        AtomicInteger shippedServiceRows = new AtomicInteger();
        AtomicInteger withCode = new AtomicInteger();
        for (ComplaintFacts facts : complaints) {
            if (facts.serviceCode() != null) {
                withCode.incrementAndGet();
            }
            evaluator.evaluate(ruleSet, facts, rule -> ruleSet.origin(rule).map(RowOrigin::id).ifPresent(id -> {
                if (id.startsWith("RG")) {
                    generatedRouting.incrementAndGet();
                } else if (id.startsWith("TG")) {
                    generatedLimits.incrementAndGet();
                } else if (facts.serviceCode() != null && !facts.serviceCode().startsWith("GEN-")) {
                    shippedServiceRows.incrementAndGet();
                }
            }));
        }
        return String.format("%n%,d extra rows, %,d table rules: of %d complaints %d carry a service code; "
                + "decided by a generated routing row: %d, by a generated time-limits row: %d; "
                + "rows fired for complaints with a shipped service code: %d%n", extraRows, ruleSet.tableRules().size(),
                complaints.length, withCode.get(), generatedRouting.get(), generatedLimits.get(), shippedServiceRows.get());
    }
}

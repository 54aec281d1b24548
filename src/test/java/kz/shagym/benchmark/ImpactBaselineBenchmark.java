package kz.shagym.benchmark;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.ComplaintFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bare work inside {@link ImpactBenchmark}, for a ratio in the same run: the same 100,000 requests
 * (already in memory as facts) decided under the shipped set and the 15-day candidate, one after the other
 * on one thread. No database, no JSON, no comparison, no job.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {ShippedRules.QUIET, "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ImpactBaselineBenchmark {

    private CompiledRuleSet active;
    private CompiledRuleSet candidate;
    private ComplaintFacts[] mix;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Setup
    public void compileBothAndMakeTheRequests() {
        active = ShippedRules.build();
        candidate = ShippedRules.build(ShippedTimeLimits.withReviewDays(ShippedRules.source(), "T01", 15));
        mix = ComplaintMix.of(active, 10_000);
    }

    @Benchmark
    public int decideOneHundredThousandRequestsTwiceOnOneThread() {
        int changed = 0;
        for (int i = 1; i <= ImpactBenchmark.RECORDS; i++) {
            ComplaintFacts facts = mix[i % mix.length];
            Decision before = evaluator.evaluate(active, facts);
            Decision after = evaluator.evaluate(candidate, facts);
            if (!Objects.equals(before.review(), after.review())) {
                changed++;
            }
        }
        return changed;
    }
}

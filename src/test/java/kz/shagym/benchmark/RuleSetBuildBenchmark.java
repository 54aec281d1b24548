package kz.shagym.benchmark;

import java.util.concurrent.TimeUnit;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
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
 * How long building the shipped rule set takes (read and check the tables, generate and compile
 * the rules), single shot: cold is what start-up and the command line pay in a fresh JVM, warm what
 * publishing a version costs in a running service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetBuildBenchmark {

    private RuleSetSource source;

    @Setup
    public void readFiles() {
        source = ShippedRules.source();
    }

    @Benchmark
    @Fork(value = 3, jvmArgsAppend = ShippedRules.QUIET)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public BuildResult buildCold() {
        return build();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = ShippedRules.QUIET)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public BuildResult buildWarm() {
        return build();
    }

    private BuildResult build() {
        BuildResult result = new RuleSetBuilder().build(source);
        if (!(result instanceof BuildResult.Built)) {
            throw new IllegalStateException("the shipped rule set is rejected");
        }
        return result;
    }
}

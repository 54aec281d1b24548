package kz.shagym.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.GeneratedComplaints;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What a decision's audit record costs its caller's thread before the writer takes it: the canonical
 * texts of facts, answer and fired rules, and the hashed text around the chain fields
 * ({@link ChainHash#unlinked}). {@code fromTrees} is the way it was (a tree of facts and answer, then
 * the tree written), {@code direct} the way it is (written straight, each explanation's text reused, the answer as UTF-8
 * only, which both stores take);
 * {@code directWhole} is H2's (the answer written once, each explanation's text copied in, nothing referred to);
 * {@code CanonicalJsonTest} holds their texts equal. Real answers of the shipped rule set.
 *
 * <p>Here, not in {@code kz.shagym.benchmark}, because what it measures is the audit's own, package-private.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Djmh.args="AuditTextBenchmark -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dlogback.configurationFile=kz/shagym/cli/logback-quiet.xml")
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class AuditTextBenchmark {

    private final CanonicalJson json = new CanonicalJson();
    private final ChainHash chain = new ChainHash(json);
    private final ChainHash wholeChain = new ChainHash(json, true);
    private final List<ComplaintFacts> facts = new ArrayList<>();
    private final List<Decision> answers = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void decideOnce() {
        BuildResult built = new RuleSetBuilder().build(RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables")));
        CompiledRuleSet shipped = ((BuildResult.Built) built).ruleSet();
        RuleEvaluator evaluator = new RuleEvaluator();
        for (ComplaintFacts complaint : GeneratedComplaints.of(shipped, Arrays.asList(null, "PS-1"), 1)) {
            try {
                answers.add(evaluator.evaluate(shipped, complaint).withDecisionId("d-" + answers.size()));
                facts.add(complaint);
            } catch (RuntimeException refused) {
                // no answer, no record
            }
            if (answers.size() == 512) {
                break;
            }
        }
    }

    @Benchmark
    public UnlinkedRecord fromTrees() {
        int i = next();
        Decision answer = answers.get(i);
        ArrayNode fired = JsonNodeFactory.instance.arrayNode();
        answer.explanations().stream().map(Explanation::rule).forEach(fired::add);
        return chain.unlinked(answer.decisionId(), "client", false, answer.rulesetVersion(), answer.complaintId(),
                json.tree(facts.get(i)), json.tree(answer), fired);
    }

    @Benchmark
    public UnlinkedRecord direct() {
        return writtenDirectly(chain);
    }

    /** As {@link #direct}, for a store that keeps the answer whole (H2): written once, explanations copied. */
    @Benchmark
    public UnlinkedRecord directWhole() {
        return writtenDirectly(wholeChain);
    }

    private UnlinkedRecord writtenDirectly(ChainHash hashing) {
        int i = next();
        Decision answer = answers.get(i);
        return hashing.unlinked(answer.decisionId(), "client", false, answer.rulesetVersion(), answer.complaintId(),
                facts.get(i), answer, answer.explanations().stream().map(Explanation::rule).toList());
    }

    private int next() {
        next = (next + 1) % answers.size();
        return next;
    }
}

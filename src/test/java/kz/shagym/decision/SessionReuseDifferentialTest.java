package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.ExtraServiceRows;
import kz.shagym.rules.GeneratedComplaints;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleEvaluator} decides in sessions that decided other complaints before (cleared in between),
 * reads the answer in one pass, and makes each rule's explanation once. Here each of its answers is
 * held to {@link FreshSessionEvaluator}, the evaluator as it was (a fresh session per decision): the
 * whole {@link Decision}, and the rules that fired in the order they fired (a stale fact or match would
 * show there even where the answer hides it). Complaints: the lawyers' scenarios and thousands of
 * generated ones ({@link GeneratedComplaints}), on the shipped tables and with 1,000 extra service rows
 * in time limits and court exceptions, where one complaint matches several rows of one activation group
 * (the case Drools' own {@code reset()} got wrong). They go through reused sessions in table order,
 * shuffled, and from several threads at once, so that every session ran many different complaints.
 */
class SessionReuseDifferentialTest {

    private static final int THREADS = 4;
    private static final int EXTRA_ROWS = 1_000;

    @Test
    void shippedTablesWhenSessionsAreReusedShouldAnswerAsFreshSessions() throws Exception {
        CompiledRuleSet shipped = build(shippedSource());

        int compared = compareAll(shipped, GeneratedComplaints.of(shipped, Arrays.asList(null, "PS-1", "OTHER"), 3));

        assertThat(compared).isGreaterThan(3_000);
    }

    @Test
    void thousandExtraServiceRowsWhenSessionsAreReusedShouldAnswerAsFreshSessions() throws Exception {
        CompiledRuleSet big = build(ExtraServiceRows.added(shippedSource(), EXTRA_ROWS));
        assertThat(big.tableRules()).hasSizeGreaterThan(2 * EXTRA_ROWS);

        int compared = compareAll(big, GeneratedComplaints.of(big,
                Arrays.asList(null, "GEN-0", "GEN-333", "GEN-" + (EXTRA_ROWS - 1), "OTHER"), 2));

        assertThat(compared).isGreaterThan(2_000);
    }

    /** What one way of deciding made of a complaint: the answer or the refusal, and the rules fired. */
    record Outcome(Decision decision, String refusal, List<String> fired) {

        static Outcome of(ComplaintFacts facts, BiFunction<ComplaintFacts, List<String>, Decision> decide) {
            List<String> fired = new ArrayList<>();
            try {
                return new Outcome(decide.apply(facts, fired), null, fired);
            } catch (RuntimeException e) {
                return new Outcome(null, e.getClass().getName() + ": " + e.getMessage(), fired);
            }
        }
    }

    private static int compareAll(CompiledRuleSet ruleSet, List<ComplaintFacts> complaints) throws Exception {
        FreshSessionEvaluator fresh = new FreshSessionEvaluator();
        List<Outcome> expected = complaints.stream()
                .map(facts -> Outcome.of(facts, (f, fired) -> fresh.evaluate(ruleSet, f, fired::add))).toList();
        RuleEvaluator reused = new RuleEvaluator();
        List<Integer> inOrder = new ArrayList<>();
        for (int i = 0; i < complaints.size(); i++) {
            inOrder.add(i);
        }

        // One thread: one session decides every complaint, in table order and then shuffled.
        for (List<Integer> order : List.of(inOrder, shuffled(inOrder, 1))) {
            for (int i : order) {
                Outcome actual = Outcome.of(complaints.get(i), (f, fired) -> reused.evaluate(ruleSet, f, fired::add));
                assertThat(actual).as("%s", complaints.get(i)).isEqualTo(expected.get(i));
            }
        }
        assertThat(RuleEvaluator.prepared(ruleSet).sessionsOpened()).as("sessions opened for one thread").isEqualTo(1);

        // Several threads at once, each in an order of its own: sessions pass from thread to thread.
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = shuffled(inOrder, 100 + t);
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i : order) {
                        Outcome actual = Outcome.of(complaints.get(i), (f, fired) -> reused.evaluate(ruleSet, f, fired::add));
                        if (!actual.equals(expected.get(i))) {
                            mismatches.add(complaints.get(i) + "\n  reused: " + actual + "\n  fresh:  " + expected.get(i));
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mismatches).as("answers of reused sessions on %d threads", THREADS).isEmpty();
        // Thousands of decisions on a handful of sessions: they were reused, not opened anew.
        assertThat(RuleEvaluator.prepared(ruleSet).sessionsOpened()).isLessThanOrEqualTo(1 + THREADS);
        return complaints.size();
    }

    private static List<Integer> shuffled(List<Integer> indexes, long seed) {
        List<Integer> copy = new ArrayList<>(indexes);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static RuleSetSource shippedSource() {
        return RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
    }

    static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).ruleSet();
    }
}

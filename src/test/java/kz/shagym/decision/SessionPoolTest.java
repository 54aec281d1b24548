package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * The sessions {@link RuleEvaluator} keeps per rule set ({@link PreparedRuleSet}): a session that
 * failed half-way is never used again, however it failed; a version keeps a bounded number of them;
 * and they go when the version goes.
 */
class SessionPoolTest {

    /** Salience 60: after the table rows have inserted their facts, before the deadlines are counted. */
    private static final String FAILING_RULES = """
            package kz.shagym.rules;

            rule "Fails half-way for one complaint"
                salience 60
            when
                ComplaintFacts( complaintId == "fails" )
                Route()
            then
                throw new IllegalStateException("failed on purpose");
            end

            rule "Never settles for one complaint"
                salience 60
            when
                ComplaintFacts( complaintId == "loops" )
                Object()
            then
                insert(new Object());
            end
            """;

    private static final CompiledRuleSet FAILING = SessionReuseDifferentialTest.build(SessionReuseDifferentialTest
            .shippedSource().with("rules/failing.drl", FAILING_RULES.getBytes(StandardCharsets.UTF_8)));

    @Test
    void evaluateWhenARuleFailsHalfWayShouldDisposeTheSessionAndAnswerTheNextComplaintAsAFreshSession() {
        assertFailedSessionIsDropped("fails", "failed on purpose");
    }

    @Test
    void evaluateWhenTheRulesNeverSettleShouldStopAtTheFiringLimitAndDisposeTheSession() {
        assertFailedSessionIsDropped("loops", "did not settle within " + DecisionSession.MAX_FIRINGS);
    }

    /** One thread: one session serves every decision, until it fails and is replaced by a new one. */
    private static void assertFailedSessionIsDropped(String complaintId, String failure) {
        RuleEvaluator evaluator = new RuleEvaluator();
        PreparedRuleSet prepared = RuleEvaluator.prepared(FAILING);
        evaluator.evaluate(FAILING, complaint("before"));
        int opened = prepared.sessionsOpened();
        assertThat(prepared.idleSessions()).isEqualTo(1);

        assertThatThrownBy(() -> evaluator.evaluate(FAILING, complaint(complaintId))).hasStackTraceContaining(failure);

        assertThat(prepared.idleSessions()).as("the failed session is not put back").isZero();
        Decision next = evaluator.evaluate(FAILING, complaint("after"));
        assertThat(next).isEqualTo(new FreshSessionEvaluator().evaluate(FAILING, complaint("after")));
        assertThat(prepared.sessionsOpened()).as("the next decision had a new session").isEqualTo(opened + 1);
        assertThat(prepared.idleSessions()).isEqualTo(1);
    }

    @Test
    void evaluateFromManyMoreThreadsThanThePoolHoldsShouldKeepAtMostTheBoundOfIdleSessions() throws Exception {
        CompiledRuleSet ruleSet = SessionReuseDifferentialTest.build(SessionReuseDifferentialTest.shippedSource());
        int threads = 3 * PreparedRuleSet.MAX_IDLE;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Decision>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    Decision last = null;
                    for (int i = 0; i < 200; i++) {
                        last = new RuleEvaluator().evaluate(ruleSet, complaint("many-" + i));
                    }
                    return last;
                }));
            }
            start.countDown();
            for (Future<Decision> run : runs) {
                assertThat(run.get()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(RuleEvaluator.prepared(ruleSet).idleSessions()).isBetween(1, PreparedRuleSet.MAX_IDLE);
    }

    @Test
    void ruleSetWhenNoLongerUsedShouldBeCollectedWithItsSessions() {
        List<WeakReference<Object>> gone = decideWithAVersionThenDropIt();
        CompiledRuleSet current = SessionReuseDifferentialTest.build(SessionReuseDifferentialTest.shippedSource());
        RuleEvaluator evaluator = new RuleEvaluator();

        // The cache forgets a collected rule set while it serves others; decisions keep it doing so.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            System.gc();
            for (int i = 0; i < 100; i++) {
                evaluator.evaluate(current, complaint("current-" + i));
            }
            return gone.stream().allMatch(ref -> ref.get() == null);
        });
    }

    /** The version, its rule base and what it kept between decisions, known only weakly once it is gone. */
    private static List<WeakReference<Object>> decideWithAVersionThenDropIt() {
        CompiledRuleSet replaced = SessionReuseDifferentialTest.build(SessionReuseDifferentialTest.shippedSource());
        new RuleEvaluator().evaluate(replaced, complaint("replaced"));
        PreparedRuleSet prepared = RuleEvaluator.prepared(replaced);
        assertThat(prepared.idleSessions()).isPositive();
        KieBase kieBase = replaced.kieBase();
        return List.of(new WeakReference<>(replaced), new WeakReference<>(prepared), new WeakReference<>(kieBase));
    }

    /** Against a service provider, received by it: routing row R01. */
    private static ComplaintFacts complaint(String id) {
        return new ComplaintFacts(id, null, Respondent.SERVICE_PROVIDER, Subject.DECISION, Body.SERVICE_PROVIDER,
                LocalDate.of(2025, 3, 19), null, null, false, LocalDate.of(2025, 4, 10));
    }
}

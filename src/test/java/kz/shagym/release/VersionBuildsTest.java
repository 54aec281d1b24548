package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.web.ProblemStatus;
import kz.shagym.ruleset.RuleSetVersionUnusable;
import kz.shagym.ruleset.TableProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The compile service: each version built once per instance whoever asks, on a build thread, with
 * the last few kept; a build that overran or failed is not kept. The builder is a stand-in that
 * counts its calls and can be held, so that what is measured is the service, not Drools.
 */
class VersionBuildsTest {

    private static final TableProblem PROBLEM = new TableProblem("SHG-TBL-024", "routing.drl.xlsx", "Routing", "B4",
            null, "ru", "kk", "en");

    private final RuleSetBuilder builder = mock(RuleSetBuilder.class);
    private final RuleSetVersionStore store = mock(RuleSetVersionStore.class);
    private final CountDownLatch hold = new CountDownLatch(1);
    private VersionBuilds builds = builds(8);

    @AfterEach
    void letHeldBuildsEnd() {
        hold.countDown();
        builds.destroy();
    }

    @Test
    void twoConcurrentChecksOfOneVersionShouldBuildItOnce() throws Exception {
        RuleSetSource a = source(1);
        CountDownLatch building = new CountDownLatch(1);
        given(builder.build(a)).willAnswer(call -> {
            building.countDown();
            hold.await();
            return rejected(a);
        });
        CompletableFuture<Checked> first = CompletableFuture.supplyAsync(() -> builds.check(a));
        assertThat(building.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Checked> second = new CompletableFuture<>();
        Thread secondCaller = new Thread(() -> second.complete(builds.check(a)));
        secondCaller.start();
        waitUntilWaiting(secondCaller);

        hold.countDown();

        assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(first.get(10, TimeUnit.SECONDS));
        then(builder).should(times(1)).build(a);
    }

    @Test
    void checkShouldBuildOnABuildThreadAndKeepTheResult() {
        RuleSetSource a = source(1);
        given(builder.build(a)).willAnswer(call -> {
            assertThat(Thread.currentThread().getName()).startsWith("rule-set-build-");
            return rejected(a);
        });

        Checked checked = builds.check(a);

        assertThat(checked.report().problems()).containsExactly(PROBLEM);
        assertThat(builds.check(a)).isSameAs(checked);
        then(builder).should(times(1)).build(a);
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedBuildShouldGoAndBeBuiltAgain() {
        builds = builds(2);
        RuleSetSource a = source(1);
        RuleSetSource b = source(2);
        RuleSetSource c = source(3);
        given(builder.build(any())).willAnswer(call -> rejected(call.getArgument(0)));

        builds.check(a);
        builds.check(b);
        builds.check(a);
        builds.check(c);
        builds.check(a);
        builds.check(b);

        then(builder).should(times(1)).build(a);
        then(builder).should(times(2)).build(b);
        then(builder).should(times(1)).build(c);
    }

    @Test
    void buildThatOverrunsShouldAnswer503AndNotBeKept() {
        builds = new VersionBuilds(builder, store, settings(Duration.ofMillis(1500), 8));
        RuleSetSource a = source(1);
        given(builder.build(a)).willAnswer(call -> {
            hold.await();
            return rejected(a);
        }).willAnswer(call -> rejected(a));

        BuildTimedOut timedOut = catchThrowableOfType(BuildTimedOut.class, () -> builds.check(a));

        assertThat(timedOut).isNotNull();
        assertThat(ProblemStatus.of(timedOut.category())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(timedOut.code()).isEqualTo("SHG-BUILD-503");
        assertThat(builds.check(a).report().problems()).as("built again").containsExactly(PROBLEM);
        then(builder).should(times(2)).build(a);
    }

    @Test
    void buildThatFailsShouldNotBeKept() {
        RuleSetSource a = source(1);
        given(builder.build(a)).willThrow(new IllegalStateException("a bug in a library"))
                .willAnswer(call -> rejected(a));

        assertThatThrownBy(() -> builds.check(a)).hasMessage("a bug in a library");

        assertThat(builds.check(a).report().problems()).containsExactly(PROBLEM);
        then(builder).should(times(2)).build(a);
    }

    @Test
    void compiledShouldBuildAStoredVersionOnceAndSayWhenNoneIsStored() {
        RuleSetSource a = source(1);
        // deep stubs: the scenario run finds no scenarios and no rules in it
        CompiledRuleSet ruleSet = mock(CompiledRuleSet.class, RETURNS_DEEP_STUBS);
        given(ruleSet.versionId()).willReturn(a.versionId());
        given(store.findWithContent(a.versionId())).willReturn(Optional.of(content(a)));
        given(builder.build(sameFiles(a))).willReturn(new BuildResult.Built(ruleSet));

        assertThat(builds.compiled(a.versionId())).containsSame(ruleSet);
        assertThat(builds.compiled(a.versionId())).containsSame(ruleSet);
        assertThat(builds.compiled("never-stored")).isEmpty();
        then(builder).should(times(1)).build(sameFiles(a));
    }

    @Test
    void compiledWhenTheStoredTablesHaveProblemsShouldSayTheVersionCannotDecide() {
        RuleSetSource a = source(1);
        given(store.findWithContent(a.versionId())).willReturn(Optional.of(content(a)));
        given(builder.build(sameFiles(a))).willReturn(rejected(a));

        assertThatThrownBy(() -> builds.compiled(a.versionId())).isInstanceOfSatisfying(RuleSetVersionUnusable.class,
                e -> assertThat(e.code()).isEqualTo("SHG-RULESET-409-UNUSABLE"));
    }

    /** The caller is parked in its wait for the build another caller started: no clock involved. */
    private static void waitUntilWaiting(Thread caller) {
        while (caller.getState() != Thread.State.TIMED_WAITING) {
            assertThat(caller.isAlive()).isTrue();
            Thread.onSpinWait();
        }
    }

    /** The set read back from the store: another object with the same files. */
    private static RuleSetSource sameFiles(RuleSetSource source) {
        return argThat(s -> s.versionId().equals(source.versionId()));
    }

    private VersionBuilds builds(int capacity) {
        return new VersionBuilds(builder, store, settings(Duration.ofMinutes(1), capacity));
    }

    private static ReleaseSettings settings(Duration buildTimeout, int capacity) {
        return new ReleaseSettings(true, false, false, Duration.ofSeconds(2), buildTimeout, 20_971_520, 2, capacity);
    }

    private static RuleSetSource source(int n) {
        return new RuleSetSource(Map.of("decision-tables/routing.drl.xlsx", new byte[] {(byte) n}));
    }

    private static BuildResult rejected(RuleSetSource source) {
        return new BuildResult.Rejected(source.versionId(), List.of(PROBLEM));
    }

    private static VersionContent content(RuleSetSource source) {
        return new VersionContent(new StoredVersion(source.versionId(), 1, VersionState.DRAFT, "analyst",
                java.time.Instant.parse("2025-03-19T10:00:00Z"), null, null, null, List.of()), source.files());
    }
}

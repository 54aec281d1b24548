package kz.shagym.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.web.ProblemStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * A build that never returns, injected through the builder the compile service is given: it is abandoned
 * with 503 {@code SHG-BUILD-503}, and the next build runs at once on a thread of its own. The stuck
 * build swallows interrupts, as a loop in a library would; on a single build thread the next
 * build would wait behind it and time out too.
 */
class BuildTimeoutTest {

    private static final TableProblem PROBLEM = new TableProblem("SHG-TBL-024", "routing.drl.xlsx", "Routing", "B4",
            null, "ru", "kk", "en");

    private final RuleSetBuilder builder = mock(RuleSetBuilder.class);
    private final RuleSetVersionStore store = mock(RuleSetVersionStore.class);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);
    private final AtomicReference<Thread> stuckOn = new AtomicReference<>();
    private final ReleaseSettings settings = new ReleaseSettings(true, false, false, Duration.ofSeconds(2),
            Duration.ofMillis(1500), 20_971_520, 1, 8);
    private final Publishing publishing = new Publishing(store, new VersionBuilds(builder, store, settings),
            mock(RuleSetRegistry.class), JsonMapper.builder().build(), settings);

    private final RuleSetSource stuck = new RuleSetSource(Map.of("decision-tables/routing.drl.xlsx", new byte[] {1}));
    private final RuleSetSource normal = new RuleSetSource(Map.of("decision-tables/routing.drl.xlsx", new byte[] {2}));

    @AfterEach
    void letTheStuckBuildEnd() {
        release.countDown();
    }

    @Test
    void buildThatNeverReturnsShouldBeAbandonedWith503AndTheNextBuildShouldStillRun() throws InterruptedException {
        given(store.find(any())).willReturn(Optional.empty());
        given(builder.build(stuck)).willAnswer(call -> {
            stuckOn.set(Thread.currentThread());
            while (true) {
                try {
                    release.await();
                    return new BuildResult.Rejected(stuck.versionId(), List.of(PROBLEM));
                } catch (InterruptedException ignored) {
                    interrupted.countDown();
                }
            }
        });
        given(builder.build(normal)).willReturn(new BuildResult.Rejected(normal.versionId(), List.of(PROBLEM)));

        BuildTimedOut timedOut = catchThrowableOfType(BuildTimedOut.class,
                () -> publishing.publish(stuck, "analyst", null));

        assertThat(timedOut).as("the stuck build is abandoned").isNotNull();
        assertThat(ProblemStatus.of(timedOut.category())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(timedOut.code()).isEqualTo("SHG-BUILD-503");
        assertThat(timedOut.title()).isEqualTo("Build timed out");
        assertThat(timedOut.message("kk")).isNotEqualTo(timedOut.message("ru")).isNotEqualTo(timedOut.message("en"));
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the abandoned build was interrupted").isTrue();
        then(store).should(never()).save(any(), any());

        Checked next = publishing.check(normal);

        assertThat(next.report().problems()).containsExactly(PROBLEM);
        assertThat(stuckOn.get().isAlive()).as("the abandoned build still runs, and did not hold up this one").isTrue();
    }
}

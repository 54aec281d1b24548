package kz.shagym.release;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The release as an operator sees it (names as scraped): {@code shagym_ruleset_compile_seconds} (every
 * build: check, publish, what-if of a version not in memory) by result, {@code shagym_ruleset_publish_seconds}
 * by result, and {@code shagym_ruleset_active} = 1 with the served version in its {@code version} tag.
 */
final class ReleaseMeters {

    /** For a release built without Spring (tests): the meters go nowhere. */
    static final ReleaseMeters NONE = new ReleaseMeters(new CompositeMeterRegistry());

    private final MeterRegistry registry;
    private final MultiGauge active;

    ReleaseMeters(MeterRegistry registry) {
        this.registry = registry;
        this.active = MultiGauge.builder("shagym.ruleset.active")
                .description("the rule-set version this instance serves (value 1, the id in the version tag)")
                .register(registry);
    }

    /** Replaces the served version's series: an info metric names only the version served now. */
    void served(String versionId) {
        active.register(List.of(MultiGauge.Row.of(Tags.of("version", versionId), 1)), true);
    }

    <T> T compile(Supplier<T> build, java.util.function.Predicate<T> built) {
        return timed("shagym.ruleset.compile", "a rule set's build: every cell, compiled, scenarios run", build, built);
    }

    <T> T publish(Supplier<T> publishing) {
        return timed("shagym.ruleset.publish", "an upload published: built and stored", publishing, result -> true);
    }

    private <T> T timed(String name, String description, Supplier<T> work, java.util.function.Predicate<T> ok) {
        long started = System.nanoTime();
        String result = "failed";
        try {
            T value = work.get();
            result = ok.test(value) ? "built" : "rejected";
            return value;
        } catch (VersionRejected rejected) {
            result = "rejected";
            throw rejected;
        } finally {
            Timer.builder(name).description(description).tag("result", result).register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}

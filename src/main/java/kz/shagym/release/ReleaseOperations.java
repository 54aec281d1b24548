package kz.shagym.release;

import io.micrometer.core.instrument.MeterRegistry;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The release's part of {@code /actuator/health} (shown with details to operators) and its meters. */
@Configuration(proxyBeanMethods = false)
class ReleaseOperations {

    @Bean
    ReleaseMeters releaseMeters(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable();
        return meters == null ? ReleaseMeters.NONE : new ReleaseMeters(meters);
    }

    /** {@code activeVersion}: DOWN while no version is served (every decision would fail). */
    @Bean
    HealthIndicator activeVersionHealthIndicator(RuleSetRegistry registry, ReleaseSettings settings) {
        return () -> registry.activeIfAny()
                .map(CompiledRuleSet::versionId)
                .map(id -> Health.up().withDetail("version", id).withDetail("fourEyes", settings.fourEyes()).build())
                .orElseGet(() -> Health.down().withDetail("version", "none").build());
    }

    /**
     * {@code buildExecutor}: the build places in use and free. DOWN while none is free and abandoned builds
     * (ignoring their interrupt) still hold threads, so checks and uploads would time out.
     */
    @Bean
    HealthIndicator buildExecutorHealthIndicator(VersionBuilds builds, ReleaseSettings settings) {
        return () -> {
            BuildThreads threads = builds.threads();
            int free = threads.free();
            Health.Builder health = free == 0 && threads.running() > settings.maxConcurrentBuilds()
                    ? Health.down() : Health.up();
            return health.withDetail("maxConcurrentBuilds", settings.maxConcurrentBuilds())
                    .withDetail("free", free).withDetail("runningThreads", threads.running())
                    .withDetail("buildTimeout", settings.buildTimeout().toString()).build();
        };
    }
}

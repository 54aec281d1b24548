package kz.shagym.release;

import java.time.Duration;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own publishing path without Spring, on a fresh H2 file of its own: {@link Publishing}
 * over the compile service ({@link VersionBuilds}, on its build thread with the default 5-minute build
 * timeout), the real {@link RuleSetBuilder}, the scenario run and the version store. For the benchmarks
 * of publishing a large table, which live in another package: they call this, not a copy of it.
 * A pipeline builds a set once (its compile service keeps what it built), so measure a new one each time.
 */
public final class PublishingPipeline implements AutoCloseable {

    private static final ReleaseSettings SETTINGS = new ReleaseSettings(false, false, false, Duration.ofSeconds(2),
            Duration.ofMinutes(5), 20_971_520, 2, 8);

    private final TestDatabase.Connected db;
    private final VersionBuilds builds;
    private final Publishing publishing;

    private PublishingPipeline() {
        db = TestDatabase.H2.open();
        RuleSetVersionStore store = new RuleSetVersionStore(db.dataSource(), db.transactions());
        builds = new VersionBuilds(new RuleSetBuilder(), store, SETTINGS);
        publishing = new Publishing(store, builds, new RuleSetRegistry(builds), JsonMapper.builder().build(), SETTINGS);
    }

    /** A pipeline on a new, migrated, empty database. */
    public static PublishingPipeline open() {
        return new PublishingPipeline();
    }

    /**
     * Publishes the set as a draft, as {@code POST /api/v1/rulesets} does: every cell checked, compiled,
     * the lawyers' scenarios run, stored with its files and report.
     *
     * @return the stored version's id
     * @throws VersionRejected when a cell or a scenario fails
     */
    public String publish(RuleSetSource source) {
        return publishing.publish(source, "benchmark", null).version().id();
    }

    @Override
    public void close() {
        builds.destroy();
        db.close();
    }
}

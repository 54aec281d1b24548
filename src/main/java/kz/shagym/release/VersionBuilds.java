package kz.shagym.release;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.CompiledVersions;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.RuleSetVersionUnusable;
import kz.shagym.scenario.ScenarioRunner;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one compile service: every build of a set (the workbench's check, publishing, activation,
 * what-if and replay of a version not in memory) goes through here. A version is built at most once
 * per instance: callers asking for one already being built wait for that build, and the last
 * {@code cachedVersions} built are kept, so publishing a set just checked reuses its build. Builds run
 * on the build threads with the build timeout (503 {@code SHG-BUILD-503}); one that failed or was
 * abandoned is not kept, and the next caller builds again.
 */
@Component
class VersionBuilds implements CompiledVersions, DisposableBean {

    private final RuleSetBuilder builder;
    private final RuleSetVersionStore store;
    private final ScenarioRunner scenarios = new ScenarioRunner();
    private final BuildThreads threads;
    private final int capacity;
    /** By version id, least recently used first; finished and running builds alike. Guarded by itself. */
    private final Map<String, FutureTask<Checked>> builds = new LinkedHashMap<>(16, 0.75f, true);

    private final ReleaseMeters meters;

    VersionBuilds(RuleSetBuilder builder, RuleSetVersionStore store, ReleaseSettings settings) {
        this(builder, store, settings, ReleaseMeters.NONE);
    }

    @Autowired
    VersionBuilds(RuleSetBuilder builder, RuleSetVersionStore store, ReleaseSettings settings, ReleaseMeters meters) {
        this.meters = meters;
        this.builder = builder;
        this.store = store;
        this.threads = new BuildThreads(settings.buildTimeout(), settings.maxConcurrentBuilds());
        this.capacity = Math.max(1, settings.cachedVersions());
    }

    /**
     * Checks a set: every cell, then compiled and run against the lawyers' scenarios. Nothing is stored.
     *
     * @throws BuildTimedOut when the build overran
     */
    Checked check(RuleSetSource source) {
        return build(source.versionId(), () -> source);
    }

    /** A stored version, compiled: for what-if, replay and activation. */
    @Override
    public Optional<CompiledRuleSet> compiled(String versionId) {
        Checked checked;
        try {
            checked = build(versionId, () -> store.findWithContent(versionId)
                    .map(content -> new RuleSetSource(content.files()))
                    .orElseThrow(() -> new UnknownRuleSetVersion(versionId)));
        } catch (UnknownRuleSetVersion notStored) {
            return Optional.empty();
        }
        if (checked.ruleSet() == null) {
            throw new RuleSetVersionUnusable(versionId, checked.report().totalProblems());
        }
        return Optional.of(checked.ruleSet());
    }

    /** @param source read only when this caller starts the build, on the build thread */
    private Checked build(String versionId, Supplier<RuleSetSource> source) {
        FutureTask<Checked> build;
        boolean starts;
        synchronized (builds) {
            build = builds.get(versionId);
            starts = build == null;
            if (starts) {
                build = new FutureTask<>(() -> meters.compile(() -> checkNow(source.get()), c -> c.ruleSet() != null));
                builds.put(versionId, build);
                evictFinished();
            }
        }
        try {
            return starts ? threads.run(build) : threads.join(build);
        } catch (RuntimeException | Error failed) {
            if (build.isDone()) {
                forget(versionId, build);
            }
            throw failed;
        }
    }

    private Checked checkNow(RuleSetSource source) {
        BuildResult result = builder.build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            return new Checked(null, new VersionReport(rejected.problems(), null));
        }
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        return new Checked(ruleSet, new VersionReport(List.of(), scenarios.run(ruleSet)));
    }

    /** Beyond the capacity, the least recently used finished builds go; running ones stay until they end. */
    private void evictFinished() {
        Iterator<FutureTask<Checked>> eldestFirst = builds.values().iterator();
        while (builds.size() > capacity && eldestFirst.hasNext()) {
            if (eldestFirst.next().isDone()) {
                eldestFirst.remove();
            }
        }
    }

    private void forget(String versionId, FutureTask<Checked> failed) {
        synchronized (builds) {
            builds.remove(versionId, failed);
        }
    }

    /** The build threads, for {@code buildExecutor} in the health. */
    BuildThreads threads() {
        return threads;
    }

    @Override
    public void destroy() {
        threads.close();
    }
}

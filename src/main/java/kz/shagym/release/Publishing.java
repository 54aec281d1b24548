package kz.shagym.release;

import java.util.List;
import java.util.Optional;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.scenario.ScenarioReport;
import kz.shagym.scenario.ScenarioRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pipeline every new version goes through, uploaded or saved in the folders: check every
 * cell, compile a fresh rule base, run the lawyers' scenarios, store. A rejected version is stored
 * with its report; the active one keeps serving. Each build runs on a thread of its own, never on a
 * thread that answers decisions, and one that overruns is abandoned (see {@link BuildThreads}).
 */
@Service
public class Publishing implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Publishing.class);

    private final RuleSetVersionStore store;
    private final RuleSetBuilder builder;
    private final RuleSetRegistry registry;
    private final JsonMapper json;
    private final ReleaseSettings settings;
    private final ScenarioRunner scenarios = new ScenarioRunner();
    private final BuildThreads builds;

    Publishing(RuleSetVersionStore store, RuleSetBuilder builder, RuleSetRegistry registry, JsonMapper json,
            ReleaseSettings settings) {
        this.store = store;
        this.builder = builder;
        this.registry = registry;
        this.json = json;
        this.settings = settings;
        this.builds = new BuildThreads(settings.buildTimeout(), settings.maxConcurrentBuilds());
    }

    /** What became of a published set. {@code existing} is true when identical content was already stored. */
    public record Published(StoredVersion version, VersionReport report, boolean existing) {
    }

    /**
     * Publishes a set as a draft.
     *
     * @throws VersionRejected when a cell has a problem or a scenario fails (the version is stored as rejected)
     * @throws BuildTimedOut when the build overran (nothing is stored)
     */
    public Published publish(RuleSetSource source, String author, String comment) {
        Optional<StoredVersion> stored = store.find(source.versionId());
        if (stored.isPresent()) {
            VersionReport report = readReport(stored.get().report());
            if (stored.get().state() == VersionState.REJECTED) {
                throw new VersionRejected(stored.get(), report);
            }
            return new Published(stored.get(), report, true);
        }
        Checked checked = builds.run(() -> check(source));
        String parent = store.activeId().orElse(null);
        VersionState state = checked.report().accepted() ? VersionState.DRAFT : VersionState.REJECTED;
        StoredVersion version = store.save(new NewVersion(source.versionId(), state, author, comment, parent,
                json.writeValueAsString(checked.report()), source.files()));
        store.recordAction(author, state == VersionState.DRAFT ? "UPLOAD" : "REJECTED_UPLOAD", version.id(),
                json.writeValueAsString(java.util.Map.of("comment", comment == null ? "" : comment,
                        "problems", checked.report().totalProblems())));
        log.info("Rule set {} stored as {} (by {})", version.id(), state, author);
        if (state == VersionState.REJECTED) {
            throw new VersionRejected(version, checked.report());
        }
        registry.remember(checked.ruleSet());
        return new Published(version, checked.report(), false);
    }

    /**
     * The set an uploaded file makes: one table or rule file replaces its namesake in the active set, a
     * zip is a whole set. Nothing is stored: the workbench checks the result and keeps it until the
     * analyst publishes it.
     *
     * @throws InvalidUpload (400, 413) for a file name, a size or a zip the service does not take; (422) for
     *         code (a rule file or template, a zip whose rules differ from the active set's), macros, or a
     *         zip that names one file twice. Nothing has been read as a table or compiled then.
     */
    public RuleSetSource sourceFromUpload(String fileName, byte[] bytes) {
        if (bytes.length > settings.maxUploadBytes()) {
            throw new InvalidUpload(UploadRefusal.TOO_LARGE, settings.maxUploadBytes() / (1024 * 1024));
        }
        return UploadReader.read(fileName, bytes, activeSet());
    }

    /**
     * The set the database says is active. This instance may not have followed an activation made
     * elsewhere yet, and an upload built on what it serves would silently drop that change.
     */
    private RuleSetSource activeSet() {
        return store.activeId().flatMap(store::findWithContent)
                .map(content -> new RuleSetSource(content.files()))
                .orElseGet(() -> registry.active().source());
    }

    /** Checks without storing: what the workbench shows before an analyst publishes. */
    public Checked check(RuleSetSource source) {
        BuildResult result = builder.build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            return new Checked(null, new VersionReport(rejected.problems(), null));
        }
        CompiledRuleSet ruleSet = ((BuildResult.Built) result).ruleSet();
        ScenarioReport report = scenarios.run(ruleSet);
        return new Checked(ruleSet, new VersionReport(List.of(), report));
    }

    /**
     * Checks on a build thread, for callers on a request thread.
     *
     * @throws BuildTimedOut when the build overran
     */
    public Checked checkOffRequestPath(RuleSetSource source) {
        return builds.run(() -> check(source));
    }

    /** A checked set: compiled (null when a cell had problems) and its report. */
    public record Checked(CompiledRuleSet ruleSet, VersionReport report) {
    }

    /** The report stored with a version (JSON), or an empty one. */
    public VersionReport readReport(String text) {
        return text == null ? new VersionReport(List.of(), null) : json.readValue(text, VersionReport.class);
    }

    @Override
    public void destroy() {
        builds.close();
    }
}

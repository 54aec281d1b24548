package kz.shagym.release;

import org.springframework.beans.factory.annotation.Autowired;
import java.util.Map;
import java.util.Optional;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one pipeline every new version goes through, uploaded or saved in the folders: check every
 * cell, compile a fresh rule base, run the lawyers' scenarios, store. A rejected version is stored
 * with its report; the active one keeps serving. Builds go through the compile service
 * ({@link VersionBuilds}): never on a thread that answers decisions, and a set just checked is not
 * built again.
 */
@Service
class Publishing {

    private static final Logger log = LoggerFactory.getLogger(Publishing.class);

    private final RuleSetVersionStore store;
    private final VersionBuilds builds;
    private final RuleSetRegistry registry;
    private final JsonMapper json;
    private final ReleaseSettings settings;

    private final ReleaseMeters meters;

    Publishing(RuleSetVersionStore store, VersionBuilds builds, RuleSetRegistry registry, JsonMapper json,
            ReleaseSettings settings) {
        this(store, builds, registry, json, settings, ReleaseMeters.NONE);
    }

    @Autowired
    Publishing(RuleSetVersionStore store, VersionBuilds builds, RuleSetRegistry registry, JsonMapper json,
            ReleaseSettings settings, ReleaseMeters meters) {
        this.meters = meters;
        this.store = store;
        this.builds = builds;
        this.registry = registry;
        this.json = json;
        this.settings = settings;
    }

    /**
     * Publishes a set as a draft; the version and its trail entry are stored in one transaction.
     *
     * @throws VersionRejected when a cell has a problem or a scenario fails (the version is stored as rejected)
     * @throws BuildTimedOut when the build overran (nothing is stored)
     */
    Published publish(RuleSetSource source, String author, String comment) {
        return meters.publish(() -> publishNow(source, author, comment));
    }

    private Published publishNow(RuleSetSource source, String author, String comment) {
        Optional<StoredVersion> stored = store.find(source.versionId());
        if (stored.isPresent()) {
            VersionReport report = readReport(stored.get().report());
            if (stored.get().state() == VersionState.REJECTED) {
                throw new VersionRejected(stored.get(), report);
            }
            return new Published(stored.get(), report, true);
        }
        Checked checked = builds.check(source);
        String parent = store.activeId().orElse(null);
        VersionState state = checked.report().accepted() ? VersionState.DRAFT : VersionState.REJECTED;
        StoredVersion version = store.save(new NewVersion(source.versionId(), state, author, comment, parent,
                json.writeValueAsString(checked.report()), source.files()),
                Map.of("comment", comment == null ? "" : comment, "problems", checked.report().totalProblems()));
        log.info("Rule set {} stored as {} (by {})", version.id(), state, author);
        if (state == VersionState.REJECTED) {
            throw new VersionRejected(version, checked.report());
        }
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
    RuleSetSource sourceFromUpload(String fileName, byte[] bytes) {
        if (bytes.length > settings.maxUploadBytes()) {
            throw new InvalidUpload(UploadRefusal.TOO_LARGE, settings.maxUploadBytes() / (1024 * 1024));
        }
        return UploadReader.read(fileName, bytes, activeSet());
    }

    /**
     * The set the database says is active. This instance may not have followed an activation made
     * elsewhere yet, and an upload built on what it serves would silently drop that change.
     */
    RuleSetSource activeSet() {
        return store.activeId().flatMap(store::findWithContent)
                .map(content -> new RuleSetSource(content.files()))
                .orElseGet(() -> registry.active().source());
    }

    /**
     * Checks without storing, on a build thread: what the workbench shows before an analyst publishes.
     *
     * @throws BuildTimedOut when the build overran
     */
    Checked check(RuleSetSource source) {
        return builds.check(source);
    }

    /** The report stored with a version (JSON), or an empty one. */
    VersionReport readReport(String text) {
        return text == null ? new VersionReport(java.util.List.of(), null) : json.readValue(text, VersionReport.class);
    }
}

package kz.shagym.release;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.stereotype.Service;

/**
 * The release's one public entry: what other features (the API, the workbench) may do with rule set
 * versions. Checking a set, publishing it, activating, rejecting or returning a draft, making a draft
 * from the folders, and reading versions, their files, the activation history and the administrative trail. Every change is committed with its trail entry
 * in one transaction; every build goes through the compile service, once per version.
 */
@Service
public class Releases {

    /** The name under which the service itself acts on what the lawyers save in the folders. */
    public static final String FOLDERS = ReleaseBootstrap.FOLDERS;

    private final Publishing publishing;
    private final Activations activations;
    private final RuleSetVersionStore store;
    private final FolderEdits folderEdits;
    private final RuleSetRegistry registry;

    Releases(Publishing publishing, Activations activations, RuleSetVersionStore store, FolderEdits folderEdits,
            RuleSetRegistry registry) {
        this.publishing = publishing;
        this.activations = activations;
        this.store = store;
        this.folderEdits = folderEdits;
        this.registry = registry;
    }

    /**
     * The set an uploaded file makes on top of the set the database says is active; nothing is stored.
     *
     * @throws InvalidUpload for a file the service does not take (its name, size, code or macros)
     */
    public RuleSetSource sourceFromUpload(String fileName, byte[] bytes) {
        return publishing.sourceFromUpload(fileName, bytes);
    }

    /**
     * Checks a set on a build thread without storing it; the build is kept for its publishing.
     *
     * @throws BuildTimedOut when the build overran
     */
    public Checked check(RuleSetSource source) {
        return publishing.check(source);
    }

    /**
     * Publishes a set as a draft (by {@code author}), reusing its check when there was one.
     *
     * @throws VersionRejected when a cell has a problem or a scenario fails (the version is stored as rejected)
     * @throws BuildTimedOut when the build overran (nothing is stored)
     */
    public Published publish(RuleSetSource source, String author, String comment) {
        return publishing.publish(source, author, comment);
    }

    /**
     * Makes a draft the active version, or a retired one again (the rollback), with the four-eyes rule.
     *
     * @throws FourEyesViolation when the approver is the version's author and four-eyes is on
     * @throws VersionStateConflict when the version is rejected or already active
     */
    public Activation activate(String versionId, String approver, String reason) {
        return activations.activate(versionId, approver, reason, false);
    }

    /**
     * Rejects a draft: it stays stored with its report and the reason, but can no longer be activated.
     *
     * @throws ReasonRequired when the reason is blank or longer than {@link ReasonRequired#MAX_LENGTH}
     * @throws VersionStateConflict when the version is not a draft
     */
    public VersionReview reject(String versionId, String rejectedBy, String reason) {
        return store.review(versionId, VersionState.REJECTED, rejectedBy, ReasonRequired.check(reason));
    }

    /**
     * Returns a draft to its author for rework: it can no longer be activated, and the author reads the
     * reason on the version's page and on their home page, then publishes a corrected version.
     *
     * @throws ReasonRequired when the reason is blank or longer than {@link ReasonRequired#MAX_LENGTH}
     * @throws VersionStateConflict when the version is not a draft
     */
    public VersionReview returnForRework(String versionId, String returnedBy, String reason) {
        return store.review(versionId, VersionState.RETURNED, returnedBy, ReasonRequired.check(reason));
    }

    /** The latest review (rejection or return, with its reason) of each reviewed version, by version id. */
    public Map<String, VersionReview> reviews() {
        return store.reviews();
    }

    /** How the lawyers' folders stand against the active version; empty when there are no folders to read. */
    public Optional<FolderStatus> folders() {
        return folderEdits.status();
    }

    /**
     * Makes what the folders hold a draft for an approver (stored through the pipeline when new).
     *
     * @throws VersionRejected when the content fails its checks (stored as rejected)
     * @throws VersionStateConflict when that content is active, rejected or returned
     */
    public StoredVersion draftFromFolders(String actedBy) {
        return folderEdits.draftFromFolders(actedBy);
    }

    /** Every version, newest first. */
    public List<StoredVersion> list() {
        return store.list();
    }

    public Optional<StoredVersion> find(String versionId) {
        return store.find(versionId);
    }

    /** A version with the bytes of its files. */
    public Optional<VersionContent> content(String versionId) {
        return store.findWithContent(versionId);
    }

    /** The files of a version as a set, e.g. to compare two versions. */
    public Optional<RuleSetSource> source(String versionId) {
        return store.findWithContent(versionId).map(content -> new RuleSetSource(content.files()));
    }

    /** The bytes of one file of a version, if both exist. */
    public Optional<byte[]> file(String versionId, String path) {
        return store.file(versionId, path);
    }

    /** The version the database says is active (this instance may not serve it yet). */
    public Optional<String> activeId() {
        return store.activeId();
    }

    /**
     * A stored version, compiled: the one this instance serves, or one built by the compile service (at
     * most once per instance, on a build thread, kept with the last few built).
     *
     * @throws UnknownRuleSetVersion when no version has that id
     * @throws kz.shagym.ruleset.RuleSetVersionUnusable when its tables have problems
     * @throws BuildTimedOut when the build overran
     */
    public CompiledRuleSet compiled(String versionId) {
        return registry.find(versionId).orElseThrow(() -> new UnknownRuleSetVersion(versionId));
    }

    /** The set the database says is active: what an upload builds on, and what a check is compared with. */
    public RuleSetSource activeSet() {
        return publishing.activeSet();
    }

    /** The report stored with a version: its cell problems or its scenario results. */
    public VersionReport report(StoredVersion version) {
        return publishing.readReport(version.report());
    }

    /** Every activation, newest first. */
    public List<Activation> history() {
        return activations.history();
    }

    /** The latest entries of the administrative trail, newest first. */
    public List<AdministrativeAction> trail(int limit) {
        return store.actions(limit);
    }
}

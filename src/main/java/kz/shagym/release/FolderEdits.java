package kz.shagym.release;

import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.scenario.ScenarioProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a lawyer's save in the folders becomes: a draft, through the same pipeline as an upload. The
 * embedded demo also activates it at once, but only while the active version is the folders' own. An
 * activation made through the API or the workbench (an upload, a rollback, an older draft) is a
 * person's decision that a later save must never silently undo: the save then waits as a draft, and the
 * home page shows that the folders and the active version differ.
 */
@Component
class FolderEdits {

    private static final Logger log = LoggerFactory.getLogger(FolderEdits.class);

    private final RuleSetVersionStore store;
    private final Publishing publishing;
    private final Activations activations;
    private final ReleaseSettings settings;
    private final RuleSetFolders folders;

    /**
     * The folders' latest content that passed the pipeline (whatever became of it later). While the
     * active version is this one, the folders and the active version agree. Null until known: when the
     * folders changed while the service was stopped.
     */
    private volatile String lastAccepted;

    FolderEdits(RuleSetVersionStore store, Publishing publishing, Activations activations, ReleaseSettings settings,
            RuleSetFolders folders) {
        this.store = store;
        this.publishing = publishing;
        this.activations = activations;
        this.settings = settings;
        this.folders = folders;
    }

    /** The folders held {@code versionId}, already stored and accepted, when the service started. */
    void startedOn(String versionId) {
        lastAccepted = versionId;
    }

    /** A save in the folders: stored as a draft (or found stored), and activated where the rule above allows. */
    void takeIn(RuleSetSource onDisk, FolderNote why) {
        try {
            Published published = publishing.publish(onDisk, ReleaseBootstrap.FOLDERS, why.text());
            String id = published.version().id();
            VersionState state = published.version().state();
            // RETIRED: the folders went back to the content of an earlier version (an edit taken back)
            boolean activatable = state == VersionState.DRAFT || state == VersionState.RETIRED;
            if (settings.autoActivateFolderEdits() && activatable && activeCameFromTheFolders()) {
                activations.activate(id, ReleaseBootstrap.FOLDERS, why.text(), true);
            } else if (activatable) {
                log.info("Folder edit stored as draft {}: waiting for an approver", id);
            }
            lastAccepted = id;
        } catch (VersionRejected rejected) {
            log.warn("Folder edit rejected; the active version keeps serving. Problems:\n{}",
                    ScenarioProblems.describe(rejected.report().problems(), rejected.report().scenarios()));
        }
    }

    /**
     * Whether the active version is the folders' own: their last accepted content. Not known after a
     * start on folders edited meanwhile; then it is when the folders themselves made the last activation.
     */
    boolean activeCameFromTheFolders() {
        Optional<String> active = store.activeId();
        if (active.isEmpty()) {
            return false;
        }
        String known = lastAccepted;
        if (known != null) {
            return active.get().equals(known);
        }
        return store.activations().stream().findFirst()
                .map(last -> ReleaseBootstrap.FOLDERS.equals(last.activatedBy())).orElse(false);
    }

    /** How the folders stand against the active version; empty when there are no folders to read. */
    Optional<FolderStatus> status() {
        RuleSetSource onDisk;
        try {
            onDisk = folders.read();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        if (onDisk.files().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FolderStatus(onDisk.versionId(), store.find(onDisk.versionId()).orElse(null),
                store.activeId().orElse(null)));
    }

    /**
     * Makes what the folders hold a draft for an approver, asked for by {@code actedBy}: new content goes
     * through the pipeline, a retired version becomes a draft again, a draft stays one.
     *
     * @throws VersionRejected when new content fails its checks (it is stored as rejected)
     * @throws VersionStateConflict when that content is active, was rejected or was returned for rework
     */
    StoredVersion draftFromFolders(String actedBy) {
        RuleSetSource onDisk = folders.read();
        String id = onDisk.versionId();
        Optional<StoredVersion> stored = store.find(id);
        StoredVersion draft = stored.isEmpty()
                ? publishing.publish(onDisk, actedBy, FolderNote.DRAFT_ON_REQUEST.text()).version()
                : switch (stored.get().state()) {
                    case DRAFT -> stored.get();
                    case RETIRED -> store.setState(id, VersionState.DRAFT, actedBy);
                    case REJECTED, RETURNED, ACTIVE -> throw new VersionStateConflict(
                            Message.of("problem.release.state.not-draftable", id));
                };
        lastAccepted = id;
        return draft;
    }
}

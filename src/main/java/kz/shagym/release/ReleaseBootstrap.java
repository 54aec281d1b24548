package kz.shagym.release;

import java.util.List;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.scenario.ScenarioProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Decides what serves before the web server opens. The database's active version wins, so a restart
 * comes back on what was approved. The folders count as an edit: content never stored before becomes
 * a draft (activated at once in the demo). On a first start the folders are the first version, and a
 * bad set refuses the start with the list of cells.
 */
@Component
class ReleaseBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReleaseBootstrap.class);
    static final String FOLDERS = "folders";

    private final RuleSetVersionStore store;
    private final Publishing publishing;
    private final Activations activations;
    private final ReleaseSettings settings;
    private final RuleSetFolders folders;

    ReleaseBootstrap(RuleSetVersionStore store, Publishing publishing, Activations activations,
            ReleaseSettings settings, RuleSetFolders folders) {
        this.store = store;
        this.publishing = publishing;
        this.activations = activations;
        this.settings = settings;
        this.folders = folders;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RuleSetSource onDisk = folders.read();
        if (store.activeId().isEmpty()) {
            firstStart(onDisk);
            return;
        }
        activations.followDatabase();
        if (store.find(onDisk.versionId()).isEmpty()) {
            takeInFolderEdit(onDisk, "edited while the service was stopped");
        }
    }

    private void firstStart(RuleSetSource onDisk) {
        Published published;
        try {
            published = publishing.publish(onDisk, FOLDERS, "first start from " + folders.describe());
        } catch (VersionRejected rejected) {
            throw new RuleSetRejectedAtStartup(folders.describe(), rejected.report().problems().isEmpty()
                    ? ScenarioProblems.of(List.of(), rejected.report().scenarios()) : rejected.report().problems());
        }
        try {
            activations.activate(published.version().id(), FOLDERS, "first start", true);
        } catch (VersionStateConflict raced) {
            // Another instance started on the same empty database at the same moment and activated
            // first: its choice is the database's, which wins as on any later start.
            if (store.activeId().isEmpty()) {
                throw raced;
            }
            log.info("Another instance activated the first version meanwhile: following the database");
            activations.followDatabase();
        }
    }

    /** A saved edit: a draft, activated at once only where the settings say so (the demo). */
    void takeInFolderEdit(RuleSetSource onDisk, String why) {
        try {
            Published published = publishing.publish(onDisk, FOLDERS, why);
            VersionState state = published.version().state();
            // RETIRED: the folders went back to the content of an earlier version (an edit taken back)
            if (settings.autoActivateFolderEdits() && (state == VersionState.DRAFT || state == VersionState.RETIRED)) {
                activations.activate(published.version().id(), FOLDERS, why, true);
            } else {
                log.info("Folder edit stored as draft {}: waiting for an approver", published.version().id());
            }
        } catch (VersionRejected rejected) {
            log.warn("Folder edit rejected; the active version keeps serving. Problems:\n{}",
                    ScenarioProblems.describe(rejected.report().problems(), rejected.report().scenarios()));
        }
    }
}

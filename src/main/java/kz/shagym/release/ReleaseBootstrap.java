package kz.shagym.release;

import java.util.List;
import java.util.Optional;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.scenario.ScenarioProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Decides what serves before the web server opens. The database's active version wins, so a restart
 * comes back on what was approved. The folders count as an edit: content never stored before becomes
 * a draft ({@link FolderEdits} says when the demo activates it). On a first start the folders are the
 * first version, and a bad set refuses the start with the list of cells.
 */
@Component
class ReleaseBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReleaseBootstrap.class);
    static final String FOLDERS = "folders";

    private final RuleSetVersionStore store;
    private final Publishing publishing;
    private final Activations activations;
    private final RuleSetFolders folders;
    private final FolderEdits folderEdits;

    ReleaseBootstrap(RuleSetVersionStore store, Publishing publishing, Activations activations,
            RuleSetFolders folders, FolderEdits folderEdits) {
        this.store = store;
        this.publishing = publishing;
        this.activations = activations;
        this.folders = folders;
        this.folderEdits = folderEdits;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RuleSetSource onDisk = folders.read();
        if (store.activeId().isEmpty()) {
            firstStart(onDisk);
            folderEdits.startedOn(onDisk.versionId());
            return;
        }
        activations.followDatabase();
        Optional<StoredVersion> stored = store.find(onDisk.versionId());
        if (stored.isEmpty()) {
            folderEdits.takeIn(onDisk, FolderNote.EDITED_WHILE_STOPPED);
        } else if (stored.get().state() != VersionState.REJECTED) {
            folderEdits.startedOn(onDisk.versionId());
        }
    }

    private void firstStart(RuleSetSource onDisk) {
        Published published;
        try {
            published = publishing.publish(onDisk, FOLDERS, FolderNote.FIRST_START.text());
        } catch (VersionRejected rejected) {
            throw new RuleSetRejectedAtStartup(folders.describe(), rejected.report().problems().isEmpty()
                    ? ScenarioProblems.of(List.of(), rejected.report().scenarios()) : rejected.report().problems());
        }
        try {
            activations.activate(published.version().id(), FOLDERS, FolderNote.FIRST_START.text(), true);
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
}

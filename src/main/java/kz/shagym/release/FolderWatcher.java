package kz.shagym.release;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import kz.shagym.ruleset.RuleSetSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes a saved edit in {@code rules/} or {@code decision-tables/} in without a restart. Office
 * programs write a file in several steps, so a change is taken only once the folders have been
 * quiet for a moment; the edit then goes through the same pipeline as an upload.
 */
@Component
class FolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);
    private static final long QUIET_MILLIS = 1_500;

    private final RuleSetFolders folders;
    private final FolderEdits edits;
    private final ReleaseSettings settings;
    private final ApplicationEventPublisher events;
    private volatile WatchService watcher;
    private volatile Thread thread;
    private volatile String lastSeen;

    FolderWatcher(RuleSetFolders folders, FolderEdits edits, ReleaseSettings settings,
            ApplicationEventPublisher events) {
        this.folders = folders;
        this.edits = edits;
        this.settings = settings;
        this.events = events;
    }

    @Override
    public void start() {
        if (!settings.watchFolders()) {
            return;
        }
        try {
            watcher = FileSystems.getDefault().newWatchService();
            for (Path dir : new Path[] {folders.rulesDir(), folders.tablesDir()}) {
                if (Files.isDirectory(dir)) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot watch the rule folders; edits need a restart: {}", e.getMessage());
            return;
        }
        lastSeen = folders.read().versionId();
        thread = new Thread(this::watch, "rule-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for saved edits", folders.describe());
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // wait until the folders have been quiet, then look at what is there
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                takeIn();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void takeIn() {
        String taken = null;
        try {
            RuleSetSource onDisk = folders.read();
            if (onDisk.versionId().equals(lastSeen)) {
                return;
            }
            taken = onDisk.versionId();
            log.info("Rule folders changed: checking {}", onDisk.versionId());
            edits.takeIn(onDisk, FolderNote.SAVED);
            // Only now: if taking it in failed (the database away), the next change or save retries it.
            lastSeen = onDisk.versionId();
        } catch (RuntimeException e) {
            log.warn("Could not take in the folder edit; it is retried at the next change: {}", e.getMessage());
        }
        if (taken != null) {
            events.publishEvent(new FolderEditTakenIn(taken));
        }
    }

    @Override
    public void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException ignored) {
            // closing on shutdown
        }
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}

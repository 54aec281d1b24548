package kz.shagym.release;

/**
 * The folder watcher has taken in what the folders hold now: stored and, where the settings say so,
 * activated, or rejected, or (when the database was away) left for the next change. Published after
 * the pipeline ran, so a listener may look at the store and the registry at once.
 */
public record FolderEditTakenIn(String versionId) {
}

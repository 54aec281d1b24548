package kz.shagym.release;

/**
 * How the lawyers' folders stand against the active version.
 *
 * @param foldersVersion the version id the folders' content hashes to now
 * @param stored that version when it is stored (in whatever state), else null
 * @param activeVersion the version the database says is active, or null before the first activation
 */
public record FolderStatus(String foldersVersion, StoredVersion stored, String activeVersion) {

    /** The folders hold exactly what serves. */
    public boolean inStep() {
        return foldersVersion.equals(activeVersion);
    }

    /** Whether "make a draft from the folders" can do anything: new content, or a retired version. */
    public boolean draftable() {
        return !inStep() && (stored == null || stored.state() == VersionState.RETIRED);
    }
}

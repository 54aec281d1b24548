package kz.shagym.release;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import kz.shagym.ruleset.RuleSetSource;

/**
 * A rule set version to store. The files are opaque bytes by path; the store never looks inside.
 *
 * @param id the content hash ({@link RuleSetSource#versionId()}) or another stable id of the content
 * @param state {@link VersionState#DRAFT} or {@link VersionState#REJECTED}; only activation makes a version active
 * @param parentId the version this one was derived from (usually the active one), or null
 * @param report the validation report (JSON text), or null
 */
record NewVersion(
        String id,
        VersionState state,
        String author,
        String comment,
        String parentId,
        String report,
        Map<String, byte[]> files) {

    NewVersion {
        requireText(id, "id");
        requireText(author, "author");
        Objects.requireNonNull(state, "state");
        if (state != VersionState.DRAFT && state != VersionState.REJECTED) {
            throw new IllegalArgumentException("a new version is DRAFT or REJECTED, not " + state);
        }
        if (files == null || files.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one file");
        }
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> {
            requireText(path, "file path");
            copy.put(path, Objects.requireNonNull(bytes, path).clone());
        });
        files = Collections.unmodifiableMap(copy);
    }

    /** A draft whose id is the hash of its files. */
    static NewVersion draft(String author, String comment, String parentId, String report,
            Map<String, byte[]> files) {
        return new NewVersion(new RuleSetSource(files).versionId(), VersionState.DRAFT, author, comment, parentId, report, files);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}

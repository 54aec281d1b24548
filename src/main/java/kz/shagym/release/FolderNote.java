package kz.shagym.release;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the service itself writes as the comment of a version it took from the folders, or as the
 * reason of an activation it made. Stored in English for the API; the workbench shows each in the
 * reader's language. Never a server path: a comment is read by people who have no business with
 * the server's disk.
 */
public enum FolderNote {
    FIRST_START("first start from the tables folder"),
    SAVED("saved in the folders"),
    EDITED_WHILE_STOPPED("edited while the service was stopped"),
    DRAFT_ON_REQUEST("draft made from the folders");

    /** How versions stored before this enum began their first-start comment: "first start from /srv/…". */
    private static final String FIRST_START_BEFORE = "first start";

    private final String text;

    FolderNote(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** The note a stored comment or activation reason is, if the service wrote it (earlier wordings too). */
    public static Optional<FolderNote> of(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Optional<FolderNote> exact = Arrays.stream(values()).filter(n -> n.text.equals(stored)).findFirst();
        if (exact.isPresent() || !(stored.equals(FIRST_START_BEFORE) || stored.startsWith(FIRST_START_BEFORE + " from "))) {
            return exact;
        }
        return Optional.of(FIRST_START);
    }
}

package kz.shagym.release;

import kz.shagym.problem.Messages;

/**
 * Why an upload was refused before a single cell was read, with its code and the key of its message
 * ({@code problem.upload.<REASON>} in the {@code messages*.properties} bundles).
 */
enum UploadRefusal {
    NO_NAME(ReleaseProblem.INVALID_UPLOAD),
    BAD_NAME(ReleaseProblem.INVALID_UPLOAD),
    UNSUPPORTED_TYPE(ReleaseProblem.INVALID_UPLOAD),
    NOT_A_ZIP(ReleaseProblem.INVALID_UPLOAD),
    EMPTY_ZIP(ReleaseProblem.INVALID_UPLOAD),
    TOO_MANY_ENTRIES(ReleaseProblem.INVALID_UPLOAD),
    TOO_LARGE(ReleaseProblem.UPLOAD_TOO_LARGE),
    UNZIPS_TOO_LARGE(ReleaseProblem.UPLOAD_TOO_LARGE),
    RULE_FILE(ReleaseProblem.CODE_UPLOADED),
    RULES_CHANGED(ReleaseProblem.CODE_UPLOADED),
    MACRO(ReleaseProblem.MACRO),
    DUPLICATE_ENTRY(ReleaseProblem.DUPLICATE_ENTRY);

    private final ReleaseProblem type;

    UploadRefusal(ReleaseProblem type) {
        this.type = type;
    }

    ReleaseProblem type() {
        return type;
    }

    /** The message in {@code ru}, {@code kk} or {@code en} (Russian for anything else). */
    String message(String lang, Object... args) {
        return Messages.text(lang, "problem.upload." + name(), args);
    }
}

package kz.shagym.release;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/**
 * An upload refused before anything in it was read as a table or compiled: a name, a size or a zip
 * the service does not take, code (rules, templates), macros or a zip entry twice. Public so that the
 * workbench can show the message in the analyst's language.
 */
public final class InvalidUpload extends ProblemException {

    private final transient UploadRefusal reason;
    private final transient Object[] args;
    private final transient Map<String, Object> details;

    InvalidUpload(UploadRefusal reason, Object... args) {
        this(reason, Map.of(), args);
    }

    /** @param details extra members of the problem document, e.g. the files that were refused */
    InvalidUpload(UploadRefusal reason, Map<String, Object> details, Object... args) {
        super(reason.type(), reason.message("en", args));
        this.reason = reason;
        this.args = args.clone();
        this.details = Map.copyOf(details);
    }

    /** The message in {@code ru}, {@code kk} or {@code en}. */
    public String message(String lang) {
        return reason.message(lang, args);
    }

    @Override
    public Optional<Message> message() {
        return Optional.of(Message.of("problem.upload." + reason.name(), args));
    }

    @Override public String detail() { return russianAndEnglish(); }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>(details);
        p.put("message", message("ru"));
        p.put("messageKk", message("kk"));
        p.put("messageEn", message("en"));
        return p;
    }
}

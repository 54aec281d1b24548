package kz.shagym.problem;

import java.util.Map;
import java.util.Optional;

/**
 * A failure with a stable code that a caller is told about. Each feature's exceptions extend it and take
 * their type from the feature's catalogue; the edges turn it into what they speak (RFC 9457 problem
 * details with an HTTP status, a workbench page), so nothing here knows about HTTP.
 */
public abstract class ProblemException extends RuntimeException {

    private final transient ProblemType type;

    protected ProblemException(ProblemType type, String message) {
        this(type, message, null);
    }

    protected ProblemException(ProblemType type, String message, Throwable cause) {
        super(message, cause);
        this.type = type;
    }

    /** For problems that are expected and frequent: no stack trace to fill. */
    protected ProblemException(ProblemType type, String message, boolean withStackTrace) {
        super(message, null, false, withStackTrace);
        this.type = type;
    }

    public ProblemType type() {
        return type;
    }

    public final String code() {
        return type.code();
    }

    public final ProblemCategory category() {
        return type.category();
    }

    public final String title() {
        return type.title();
    }

    /** What happened in this case, for the developer of the calling system ({@code detail} of RFC 9457). */
    public abstract String detail();

    /** What happened in words for people, in their language, where the problem has such words. */
    public Optional<Message> message() {
        return Optional.empty();
    }

    /**
     * The detail of a problem that has a message: the Russian text, then the English, as the API has always
     * answered it (its callers read either; the Kazakh text is in the message itself).
     */
    protected final String russianAndEnglish() {
        Message message = message().orElseThrow(() -> new IllegalStateException(code() + " has no message"));
        return message.in("ru") + " / " + message.in("en");
    }

    /**
     * True when the feature has logged this failure itself (rate-limited, without payloads), so that
     * the edge does not log it once per request with its causes.
     */
    public boolean loggedByFeature() {
        return false;
    }

    /** Extra members of the problem document (e.g. {@code errors}). */
    public Map<String, Object> properties() {
        return Map.of();
    }
}

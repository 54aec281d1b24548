package kz.shagym.release;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import kz.shagym.problem.Message;
import kz.shagym.problem.ProblemException;

/**
 * A build that did not finish in time was abandoned: its thread is interrupted and left behind, and
 * the next build starts on a thread of its own. Nothing was stored; the active version keeps serving.
 */
public final class BuildTimedOut extends ProblemException {

    private final long seconds;

    public BuildTimedOut(Duration timeout) {
        super(ReleaseProblem.BUILD_TIMED_OUT, "build abandoned after " + timeout);
        this.seconds = Math.max(1, timeout.toSeconds());
    }

    /** The message in {@code ru}, {@code kk} or {@code en}. */
    public String message(String lang) {
        return message().orElseThrow().in(lang);
    }

    @Override public Optional<Message> message() { return Optional.of(Message.of("problem.release.build-timed-out", seconds)); }

    @Override public String detail() { return russianAndEnglish(); }

    @Override
    public Map<String, Object> properties() {
        return Map.of("message", message("ru"), "messageKk", message("kk"), "messageEn", message("en"),
                "timeoutSeconds", seconds);
    }
}

package kz.shagym.release;

import java.time.Duration;
import java.util.Map;
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
        return switch (lang) {
            case "kk" -> "Жиынтықты тексеру " + seconds + " с ішінде аяқталмады және тоқтатылды. Ештеңе сақталмады; "
                    + "қолданыстағы нұсқа жұмысын жалғастыруда. Кейінірек қайталаңыз немесе кестені кішірейтіңіз.";
            case "en" -> "Checking the set did not finish within " + seconds + " s and was abandoned. Nothing was "
                    + "stored; the active version keeps serving. Try again later or make the table smaller.";
            default -> "Проверка набора не уложилась в " + seconds + " с и прервана. Ничего не сохранено; "
                    + "действующая версия продолжает работать. Повторите позже или уменьшите таблицу.";
        };
    }

    @Override public String detail() { return message("ru") + " / " + message("en"); }

    @Override
    public Map<String, Object> properties() {
        return Map.of("message", message("ru"), "messageKk", message("kk"), "messageEn", message("en"),
                "timeoutSeconds", seconds);
    }
}

package kz.shagym.release;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the problem list a lawyer can act on, instead of a stack trace, when start-up is refused. */
class RuleSetRejectedFailureAnalyzer extends AbstractFailureAnalyzer<RuleSetRejectedAtStartup> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RuleSetRejectedAtStartup cause) {
        String list = cause.problems().stream()
                .map(p -> "  - " + p.describeRu() + "\n    " + p.messageEn())
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "Набор правил не принят; сервис не запущен. / The rule set was rejected; the service did not start.\n" + list,
                "Исправьте указанные ячейки и запустите снова (проверка без запуска: java -jar shagym.jar validate <папка>). "
                        + "/ Fix the cells listed and start again.",
                cause);
    }
}

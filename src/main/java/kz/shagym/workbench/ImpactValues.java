package kz.shagym.workbench;

import java.util.stream.Collectors;
import kz.shagym.decision.Decision;
import kz.shagym.impact.ImpactReport;
import kz.shagym.problem.Messages;

/** One field of an answer in an impact report, as the page shows it in the reader's language. */
final class ImpactValues {

    private static final String NONE = "—";

    private final Texts texts;

    ImpactValues(Texts texts) {
        this.texts = texts;
    }

    public String active(ImpactReport.Example example, String field) {
        return of(example.active(), example.activeProblem(), field);
    }

    public String candidate(ImpactReport.Example example, String field) {
        return of(example.candidate(), example.candidateProblem(), field);
    }

    private String of(Decision d, String problem, String field) {
        String lang = texts.lang();
        if (d == null) {
            return "outcome".equals(field) ? Messages.text(lang, "impact.no-answer", problem) : NONE;
        }
        return switch (field) {
            case "outcome" -> Messages.text(lang, "outcome." + d.outcome().name());
            case "reviewingBody" -> d.reviewingBody() == null ? NONE : Messages.text(lang, "body." + d.reviewingBody().name());
            case "forwarding.deadline" -> d.forwarding() == null ? NONE : texts.date(d.forwarding().deadline());
            case "review.workingDays" -> d.review() == null ? NONE : Integer.toString(d.review().workingDays());
            case "review.deadline" -> d.review() == null ? NONE : texts.date(d.review().deadline());
            case "court.allowed" -> d.court() == null ? NONE : Messages.text(lang, d.court().allowed() ? "yes" : "no");
            case "warnings" -> d.warnings().isEmpty() ? NONE : d.warnings().stream()
                    .map(w -> w.rowId() == null ? w.code() : w.code() + " " + w.rowId()).collect(Collectors.joining(", "));
            default -> throw new IllegalArgumentException("no field " + field);
        };
    }
}

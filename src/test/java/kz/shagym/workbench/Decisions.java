package kz.shagym.workbench;

import java.time.LocalDate;
import java.util.List;
import kz.shagym.decision.Court;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.Forwarding;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.Review;
import kz.shagym.decision.RuleSource;
import kz.shagym.inforce.Period;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;

/**
 * The domain's worked example (received by the provider on Wed 2025-03-19), with a 7-day review from a
 * time-limits row in force since 2025-01-01.
 */
final class Decisions {

    static final String VERSION = "ce3f7a4629584342382ce9a9240b605659934f2adc9a7736bc3555942843d1aa";

    private Decisions() {
    }

    static ComplaintFacts facts() {
        return new ComplaintFacts("C-7", null, Respondent.SERVICE_PROVIDER, null, Body.SERVICE_PROVIDER,
                LocalDate.of(2025, 3, 19), null, null, false, null);
    }

    static Decision sevenDays(String id) {
        return new Decision(id, "C-7", VERSION, Outcome.FORWARD_TO_REVIEWING_BODY, Body.HIGHER_BODY, List.of(),
                new Forwarding(true, 3, LocalDate.of(2025, 3, 27), null),
                new Review(7, LocalDate.of(2025, 3, 19), LocalDate.of(2025, 4, 2), null, null, null, LocalDate.of(2025, 4, 3)),
                new Court(false, "pre-trial appeal not completed (APPC Art. 91 p.5)",
                        new LocalizedText("досудебное обжалование не завершено", "сотқа дейінгі шағымдану аяқталмаған"), null),
                List.of(new Explanation("Time limits row 4 (T01)",
                                RuleSource.tableRow("decision-tables/time-limits.drl.xlsx", "TimeLimits", 4),
                                "Закон 88-V ст. 25 п. 2", new LocalizedText("семь рабочих дней", "7 жұмыс күні"),
                                new LocalizedText("Time limits row 4 (T01)", "Time limits row 4 (T01)", "Time limits row 4 (T01)"),
                                new LocalizedText("Закон 88-V ст. 25 п. 2", "Закон 88-V ст. 25 п. 2", "Закон 88-V ст. 25 п. 2"),
                                null, new Period(LocalDate.of(2025, 1, 1), null)),
                        new Explanation("Review period", RuleSource.drl("rules/decision.drl", "Review period"),
                                "Law 88-V Art. 25 p.2", new LocalizedText("срок в рабочих днях", "жұмыс күнімен мерзім"))),
                List.of(), LocalDate.of(2025, 3, 19));
    }
}

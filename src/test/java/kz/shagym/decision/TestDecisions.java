package kz.shagym.decision;

import java.time.LocalDate;
import java.util.List;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;

/** The facts of {@code decision/valid-request.json} and a decision for them, built by hand. */
final class TestDecisions {

    private TestDecisions() {
    }

    static ComplaintFacts validRequestFacts() {
        return new ComplaintFacts("KZ-2025-000123", "PS-0417", Respondent.SERVICE_PROVIDER, Subject.DECISION,
                Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 19),
                new FavorableAct(LocalDate.of(2025, 3, 20), false), false, LocalDate.of(2025, 3, 20));
    }

    /** Forwarding to the higher body: the worked example of domain.md (received Wed 2025-03-19). */
    static Decision forwardToHigherBody() {
        return new Decision(
                "0b6c2d9e-8f1a-4c3b-9d2e-5a7f6b1c0e42",
                "KZ-2025-000123",
                "3f9a2c",
                Outcome.FORWARD_TO_REVIEWING_BODY,
                Body.HIGHER_BODY,
                List.of(),
                new Forwarding(true, 3, LocalDate.of(2025, 3, 27), false),
                new Review(5, LocalDate.of(2025, 3, 19), LocalDate.of(2025, 3, 31), null, null, false,
                        LocalDate.of(2025, 4, 1)),
                new Court(false, "pre-trial appeal not completed (APPC Art. 91 p.5)",
                        new LocalizedText("досудебное обжалование не завершено", "сотқа дейінгі шағымдану аяқталмаған"),
                        null),
                List.of(new Explanation("Routing_7",
                        RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 7), "APPC Art. 91 p.4",
                        new LocalizedText("Жалоба направляется в вышестоящий орган в течение 3 рабочих дней",
                                "Шағым 3 жұмыс күні ішінде жоғары тұрған органға жіберіледі"))),
                List.of(new Warning("CALENDAR_ENDS",
                        new LocalizedText("Календарь заканчивается в 2026 году", "Күнтізбе 2026 жылы аяқталады"))));
    }
}

package kz.shagym.decision;

import java.time.LocalDate;
import java.util.List;
import kz.shagym.inforce.Period;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.RuleStatus;
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
                        new LocalizedText("досудебное обжалование не завершено", "сотқа дейінгі шағымдану аяқталмаған",
                                "pre-trial appeal not completed"),
                        null),
                List.of(new Explanation("Routing row 7 (R04)",
                        RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 7), "АППК РК ст. 91 п. 4",
                        new LocalizedText("Жалоба направляется в орган, рассматривающий жалобу, в течение 3 рабочих дней",
                                "Шағым 3 жұмыс күні ішінде шағымды қарайтын органға жолданады"),
                        new LocalizedText("Маршрутизация жалоб, строка 7 (R04)", "Шағымдарды бағыттау, 7-жол (R04)",
                                "Routing row 7 (R04)"),
                        new LocalizedText("АППК РК ст. 91 п. 4", "ҚР ӘРПК 91-бап 4-тармақ", "APPC Art. 91 p.4"),
                        RuleStatus.ASSUMPTION, Period.ALWAYS)),
                List.of(new Warning("ROUTING_ASSUMPTION",
                        new LocalizedText("Ответ опирается на строку таблицы «Маршрутизация жалоб, строка 7 (R04)»",
                                "Жауап кестенің «Шағымдарды бағыттау, 7-жол (R04)» жолына сүйенеді",
                                "The answer rests on \"Routing row 7 (R04)\""),
                        "R04", "Routing row 7 (R04)", RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 7),
                        null, RuleStatus.ASSUMPTION)),
                LocalDate.of(2025, 3, 19));
    }
}

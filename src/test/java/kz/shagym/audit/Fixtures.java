package kz.shagym.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import kz.shagym.decision.Court;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionRecorder.EvaluationContext;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.Forwarding;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.Review;
import kz.shagym.decision.RuleSource;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.FavorableAct;
import kz.shagym.rules.Outcome;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;

/** A complaint and its decision as the examples of the domain page give them, and the settings the audit tests share. */
final class Fixtures {

    /**
     * The audit's settings in tests that write through the group-commit writer: {@code batchSize} records a
     * group at most, a queue of 1,000, a 10 s record timeout, Almaty time, pages of 500.
     */
    static AuditSettings settings(int batchSize) {
        return new AuditSettings(batchSize, 1000, Duration.ofSeconds(10), ZoneId.of("Asia/Almaty"), 500);
    }

    /** A decision log on {@code db} with {@link #settings settings(64)}, its clock at the domain page's morning; the caller closes it. */
    static DecisionLog log(TestDatabase.Connected db) {
        return new DecisionLog(db.dataSource(), db.transactions(), settings(64),
                new TestClock(Instant.parse("2025-03-19T04:00:00Z")));
    }

    private Fixtures() {
    }

    static ComplaintFacts facts(String complaintId) {
        return new ComplaintFacts(complaintId, "SVC-001", Respondent.SERVICE_PROVIDER, Subject.DECISION,
                Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null,
                new FavorableAct(LocalDate.of(2025, 3, 20), false), false, LocalDate.of(2025, 3, 25));
    }

    static Decision decision(String decisionId, String version, ComplaintFacts facts) {
        return decision(decisionId, version, facts, LocalDate.of(2025, 3, 31));
    }

    static Decision decision(String decisionId, String version, ComplaintFacts facts, LocalDate reviewDeadline) {
        return decision(decisionId, version, facts, reviewDeadline, "Направить жалобу в течение 3 рабочих дней");
    }

    /** With the first explanation's Russian text as given (real ones run to hundreds of characters). */
    static Decision decision(String decisionId, String version, ComplaintFacts facts, LocalDate reviewDeadline,
            String explanationText) {
        return new Decision(decisionId, facts.complaintId(), version, Outcome.FORWARD_TO_REVIEWING_BODY,
                Body.HIGHER_BODY, List.of(),
                new Forwarding(true, 3, LocalDate.of(2025, 3, 27), false),
                new Review(5, LocalDate.of(2025, 3, 19), reviewDeadline, null, null, false, null),
                new Court(false, "pre-trial appeal not completed (APPC Art. 91 p.5)",
                        new LocalizedText("досудебное обжалование не завершено", "сотқа дейінгі шағымдану аяқталмаған"),
                        null),
                List.of(new Explanation("Forward within 3 working days",
                                RuleSource.tableRow("decision-tables/routing.drl.xlsx", "Routing", 7), "APPC Art. 91 p.4",
                                new LocalizedText(explanationText, "Шағымды 3 жұмыс күні ішінде жіберу")),
                        new Explanation("Review in 5 working days", RuleSource.drl("rules/periods.drl", "Review period"),
                                "Law 88-V Art. 25 p.2", new LocalizedText("5 рабочих дней", "5 жұмыс күні"))),
                List.of());
    }

    static EvaluationContext asked(String client) {
        return new EvaluationContext(client, false);
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }
}

package kz.shagym.rules;

import static kz.shagym.rules.ShippedRuleSet.decide;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import kz.shagym.decision.Decision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same facts give byte-identical answers, explanations and warnings in the same order, on every
 * fresh session: replay must not report differences that are not there (issue 8, item 3).
 */
class ReplayOrderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Many explanations and warnings at once: an assumed row, an unverified day, a deemed refusal. */
    private static final ComplaintFacts BUSY = new ComplaintFacts("K-1", null, Respondent.SERVICE_PROVIDER, Subject.DECISION,
            Body.OFFICIAL, LocalDate.parse("2026-05-26"), LocalDate.parse("2026-05-26"),
            new FavorableAct(LocalDate.parse("2026-05-28"), true), false, LocalDate.parse("2026-06-10"));

    @Test
    void sameFactsEvaluatedInManyFreshSessionsShouldGiveByteIdenticalJson() {
        Set<String> answers = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            answers.add(JSON.writeValueAsString(decide(BUSY)));
        }

        assertThat(answers).hasSize(1);
        Decision d = decide(BUSY);
        assertThat(d.explanations()).hasSizeGreaterThan(3);
        assertThat(d.warnings()).hasSizeGreaterThan(2);
    }

    @Test
    void explanationsShouldComeByStageTablesFirstThenRulesByTheirOrderInTheDecision() {
        Decision d = decide(BUSY);

        assertThat(d.explanations()).extracting(e -> e.rule()).containsExactly(
                "Routing row 7 (R04)",
                "Time limits row 5 (T02)",
                "Favourable act fully satisfies the complaint within the forwarding period",
                "Review period",
                "Review deadline passed on the day asked",
                "Missed review deadline counts as a refusal");
    }

    @Test
    void warningsShouldNameRowsInTheOrderOfTheExplanationsThenCalendarDaysByDate() {
        Decision d = decide(BUSY);

        assertThat(d.warnings()).extracting(w -> w.code() + ":" + (w.rowId() != null ? w.rowId() : w.date() != null ? w.date() : w.rule()))
                .containsExactly(
                        "ROUTING_ASSUMPTION:R04",
                        "TIME_LIMIT_ASSUMPTION:T02",
                        "RULE_UNVERIFIED:Missed review deadline counts as a refusal",
                        "CALENDAR_DAY_UNVERIFIED:2026-05-27");
    }
}

package kz.shagym.audit;

import static kz.shagym.audit.Fixtures.asked;
import static kz.shagym.audit.Fixtures.decision;
import static kz.shagym.audit.Fixtures.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionService;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.Warning;
import kz.shagym.release.TestDatabase;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.web.ProblemStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class DecisionReplayTest {

    @Parameter
    TestDatabase database;

    private TestDatabase.Connected db;
    private DecisionLog log;
    private final FakeDecisions decisions = new FakeDecisions();
    private DecisionReplay replay;
    private final ComplaintFacts facts = facts("ЖК-7");

    @BeforeEach
    void recordOneDecision() {
        db = database.open();
        log = new DecisionLog(db.dataSource(), db.transactions(),
                new AuditSettings(16, 100, Duration.ofSeconds(10), ZoneId.of("Asia/Almaty"), 100),
                new Fixtures.TestClock(Instant.parse("2025-03-19T04:00:00Z")));
        log.record(facts, decision("d-7", "v1", facts), asked("egov"));
        replay = new DecisionReplay(log, decisions);
    }

    @AfterEach
    void dropDatabase() {
        log.close();
        db.close();
    }

    @Test
    void replayWhenBothVersionsAnswerAsRecordedShouldFindBothEqual() {
        decisions.answer("v1", f -> decision("fresh-id", "v1", f));
        decisions.answer(null, f -> decision("other-id", "v1", f));

        ReplayReport report = replay.replay("d-7");

        assertThat(report.decisionId()).isEqualTo("d-7");
        assertThat(report.recordedVersion()).isEqualTo("v1");
        assertThat(report.activeVersion()).isEqualTo("v1");
        assertThat(report.recorded().equal()).isTrue();
        assertThat(report.recorded().differences()).isEmpty();
        assertThat(report.recorded().answer().decisionId()).isEqualTo("d-7");
        assertThat(report.active().equal()).isTrue();
        assertThat(decisions.asked).containsExactly(new Asked(facts, "v1"), new Asked(facts, null));
    }

    @Test
    void replayWhenTheActiveVersionAnswersDifferentlyShouldListEachDifference() {
        decisions.answer("v1", f -> decision("x", "v1", f));
        decisions.answer(null, f -> decision("y", "v2", f, LocalDate.of(2025, 4, 1)));

        ReplayReport report = replay.replay("d-7");

        assertThat(report.activeVersion()).isEqualTo("v2");
        assertThat(report.recorded().equal()).isTrue();
        assertThat(report.active().equal()).isFalse();
        assertThat(report.active().differences())
                .extracting(d -> d.path(), d -> d.recorded().asString(), d -> d.replayed().asString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("review.deadline", "2025-03-31", "2025-04-01"),
                        org.assertj.core.groups.Tuple.tuple("rulesetVersion", "v1", "v2"));
    }

    @Test
    void replayWhenTheRecordedVersionNoLongerGivesTheStoredAnswerShouldSaySo() {
        decisions.answer("v1", f -> withWarning(decision("x", "v1", f)));
        decisions.answer(null, f -> decision("y", "v1", f));

        ReplayReport report = replay.replay("d-7");

        assertThat(report.recorded().equal()).isFalse();
        assertThat(report.recorded().differences()).singleElement().satisfies(difference -> {
            assertThat(difference.path()).isEqualTo("warnings[0]");
            assertThat(difference.recorded().isNull()).isTrue();
            assertThat(difference.replayed().get("code").asString()).isEqualTo("CALENDAR_ENDS");
        });
    }

    @Test
    void replayWhenTheDecisionIsUnknownShouldSaySoWithAStableCode() {
        assertThatThrownBy(() -> replay.replay("nope"))
                .isInstanceOfSatisfying(DecisionNotFound.class, e -> {
                    assertThat(e.code()).isEqualTo("SHG-AUDIT-404");
                    assertThat(ProblemStatus.of(e.category()).value()).isEqualTo(404);
                });
    }

    private static Decision withWarning(Decision d) {
        return new Decision(d.decisionId(), d.complaintId(), d.rulesetVersion(), d.outcome(), d.reviewingBody(),
                d.competentAddressees(), d.forwarding(), d.review(), d.court(), d.explanations(),
                List.of(new Warning("CALENDAR_ENDS", new LocalizedText("календарь заканчивается", "күнтізбе бітеді"))));
    }

    record Asked(ComplaintFacts facts, String version) {
    }

    /** Answers per version as told, and remembers what it was asked. */
    static final class FakeDecisions implements DecisionService {

        final List<Asked> asked = new ArrayList<>();
        private final Map<String, Function<ComplaintFacts, Decision>> answers = new HashMap<>();

        void answer(String version, Function<ComplaintFacts, Decision> answer) {
            answers.put(version, answer);
        }

        @Override
        public Decision decide(ComplaintFacts facts, String version, String client) {
            throw new UnsupportedOperationException("a replay must not record");
        }

        @Override
        public Decision evaluate(ComplaintFacts facts, String version) {
            asked.add(new Asked(facts, version));
            return answers.get(version).apply(facts);
        }

        @Override
        public List<kz.shagym.decision.TraceEntry> trace(ComplaintFacts facts, String version) {
            asked.add(new Asked(facts, version));
            return List.of();
        }
    }
}

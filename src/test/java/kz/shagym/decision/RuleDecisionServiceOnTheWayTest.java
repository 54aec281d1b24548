package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every recorder hears of a decision it was told is being decided exactly once more, by record or by
 * withdraw, whichever way the decision ends: a recorder that commits in groups waits for decisions on
 * their way, and one never ended would keep it waiting for nobody.
 */
class RuleDecisionServiceOnTheWayTest {

    private static RuleSetRegistry registry;

    private static final ComplaintFacts FACTS = new ComplaintFacts("ЖК-1", null, Respondent.SERVICE_PROVIDER,
            Subject.DECISION, Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null);

    @BeforeAll
    static void shippedRules() {
        BuildResult result = new RuleSetBuilder().build(
                RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables")));
        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        registry = new RuleSetRegistry(id -> Optional.empty());
        registry.activate(((BuildResult.Built) result).ruleSet());
    }

    /** Writes down what it hears, in order; can be told to fail its record or to know an earlier answer. */
    static final class Listening implements DecisionRecorder {
        final List<String> heard = new ArrayList<>();
        RuntimeException recordFails;
        Decision earlier;

        @Override
        public void deciding(EvaluationContext context) {
            heard.add("deciding");
        }

        @Override
        public void withdraw(EvaluationContext context) {
            heard.add("withdraw");
        }

        @Override
        public byte[] record(ComplaintFacts facts, Decision decision, EvaluationContext context) {
            heard.add("record");
            if (recordFails != null) {
                throw recordFails;
            }
            return null;
        }

        @Override
        public Optional<Decision> earlier(ComplaintFacts facts, EvaluationContext context) {
            return Optional.ofNullable(earlier);
        }
    }

    private final Listening first = new Listening();
    private final Listening second = new Listening();
    private final RuleDecisionService service =
            new RuleDecisionService(registry, List.of(first, second), new SimpleMeterRegistry());

    @Test
    void releaseOfADecidedComplaintShouldAnnounceItThenRecordItWithEveryRecorder() {
        service.release(FACTS, null, "egov", null);

        assertThat(first.heard).containsExactly("deciding", "record");
        assertThat(second.heard).containsExactly("deciding", "record");
    }

    @Test
    void releaseWhenAnEarlierAnswerStandsShouldWithdrawTheAnnouncedDecision() {
        Decision stored = service.decide(FACTS, null, "egov");
        first.heard.clear();
        second.heard.clear();
        first.earlier = stored;

        assertThat(service.release(FACTS, null, "egov", "key-1").decision()).isEqualTo(stored);

        assertThat(first.heard).containsExactly("deciding", "withdraw");
        assertThat(second.heard).containsExactly("deciding", "withdraw");
    }

    @Test
    void releaseWhenDecidingFailsShouldWithdrawTheAnnouncedDecision() {
        assertThatThrownBy(() -> service.release(FACTS, "no-such-version", "egov", null))
                .isInstanceOf(UnknownRuleSetVersion.class);

        assertThat(first.heard).containsExactly("deciding", "withdraw");
        assertThat(second.heard).containsExactly("deciding", "withdraw");
    }

    @Test
    void releaseWhenTheFirstRecorderFailsShouldWithdrawTheDecisionFromTheRecordersAfterIt() {
        first.recordFails = new IllegalStateException("the disk is full");

        assertThatThrownBy(() -> service.release(FACTS, null, "egov", null)).isInstanceOf(DecisionNotRecorded.class);

        assertThat(first.heard).containsExactly("deciding", "record");
        assertThat(second.heard).containsExactly("deciding", "withdraw");
    }
}

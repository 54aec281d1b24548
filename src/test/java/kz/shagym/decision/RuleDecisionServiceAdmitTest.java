package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import org.junit.jupiter.api.Test;

class RuleDecisionServiceAdmitTest {

    @Test
    void decideWhenARecorderCannotRecordTheCallerShouldRefuseBeforeAnyRuleRuns() {
        RuleSetRegistry registry = mock(RuleSetRegistry.class);
        IllegalStateException refused = new IllegalStateException("identity too long for the audit");
        DecisionRecorder recorder = new DecisionRecorder() {
            @Override
            public void admit(ComplaintFacts facts, EvaluationContext context) {
                throw refused;
            }

            @Override
            public byte[] record(ComplaintFacts facts, Decision decision, EvaluationContext context) {
                throw new AssertionError("nothing may be decided for a caller that cannot be recorded");
            }
        };
        RuleDecisionService service = new RuleDecisionService(registry, List.of(recorder), new SimpleMeterRegistry());
        ComplaintFacts facts = new ComplaintFacts("ЖК-1", null, Respondent.SERVICE_PROVIDER, Subject.DECISION,
                Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null);

        assertThatThrownBy(() -> service.decide(facts, null, "s".repeat(200))).isSameAs(refused);
        verifyNoInteractions(registry);
    }
}

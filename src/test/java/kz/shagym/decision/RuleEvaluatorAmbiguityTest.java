package kz.shagym.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.shagym.rules.Body;
import kz.shagym.rules.ComplaintFacts;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.web.ProblemStatus;
import org.junit.jupiter.api.Test;

/** Two facts where the answer has room for one are the rule set's fault, reported with a code, never a first pick. */
class RuleEvaluatorAmbiguityTest {

    /** Against a service provider, received by it: routing row R01 (sheet row 4). */
    private static final ComplaintFacts COMPLAINT = new ComplaintFacts("ambiguous", null, Respondent.SERVICE_PROVIDER,
            Subject.DECISION, Body.SERVICE_PROVIDER, LocalDate.of(2025, 3, 19), null, null, false, null);

    @Test
    void evaluateWhenARuleInsertsASecondRouteShouldRefuseWithTheAmbiguityCode() {
        CompiledRuleSet twoRoutes = build(shipped().with("rules/second-route.drl", """
                package kz.shagym.rules;

                global kz.shagym.rules.TableRows tables;

                rule "A second route beside the routing table's"
                when
                    $first : Route()
                    not Route(this != $first)
                then
                    insert(tables.route(5));
                end
                """.getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> new RuleEvaluator().evaluate(twoRoutes, COMPLAINT))
                .isInstanceOfSatisfying(AmbiguousRuleResult.class, e -> {
                    assertThat(e.code()).isEqualTo("SHG-DEC-500-AMBIGUOUS");
                    assertThat(ProblemStatus.of(e.category()).value()).isEqualTo(500);
                    assertThat(e.detail()).contains("Route").contains(twoRoutes.versionId());
                });
    }

    @Test
    void evaluateWhenTheFirstMatchingRowWinsShouldAnswerWithItsRoute() {
        Decision decision = new RuleEvaluator().evaluate(build(shipped()), COMPLAINT);

        assertThat(decision.explanations()).first().extracting(Explanation::rule).asString().contains("(R01)");
    }

    private static RuleSetSource shipped() {
        return RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
    }

    private static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        assertThat(result).as("%s", result).isInstanceOf(BuildResult.Built.class);
        return ((BuildResult.Built) result).ruleSet();
    }
}

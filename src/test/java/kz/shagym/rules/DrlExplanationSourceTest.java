package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.shagym.decision.Decision;
import kz.shagym.decision.Explanation;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;

class DrlExplanationSourceTest {

    private static final String EXTRA = """
            package kz.shagym.rules;

            rule "Note every complaint about an official"
                @legalBasis("test")
                @ru("Жалоба на должностное лицо.")
                @kk("Лауазымды адамға шағым.")
            when
                ComplaintFacts( respondent == Respondent.OFFICIAL )
            then
            end
            """;

    @Test
    void explanationOfARuleFromASecondDrlFileShouldNameThatFile() {
        RuleSetSource source = ShippedRuleSet.source().with("rules/officials.drl", EXTRA.getBytes(StandardCharsets.UTF_8));
        BuildResult.Built built = (BuildResult.Built) new RuleSetBuilder().build(source);

        Decision d = new RuleEvaluator().evaluate(built.ruleSet(),
                ShippedRuleSet.complaint(Respondent.OFFICIAL, Body.OFFICIAL, "2025-03-19"));

        assertThat(d.explanations()).filteredOn(e -> e.rule().equals("Note every complaint about an official"))
                .singleElement().extracting(e -> e.source().file()).isEqualTo("rules/officials.drl");
        assertThat(d.explanations()).filteredOn(e -> e.rule().equals("Forwarding deadline"))
                .singleElement().extracting(e -> e.source().file()).isEqualTo("rules/decision.drl");
        assertThat(d.explanations()).extracting(Explanation::rule).contains("Routing row 5 (R02)");
    }
}

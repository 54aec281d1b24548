package kz.shagym.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import kz.shagym.decision.Decision;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;

/** The real rules/ and decision-tables/ of the repository, built once per test JVM. */
final class ShippedRuleSet {

    private static CompiledRuleSet ruleSet;

    private ShippedRuleSet() {
    }

    static synchronized CompiledRuleSet get() {
        if (ruleSet == null) {
            BuildResult result = new RuleSetBuilder().build(source());
            if (result instanceof BuildResult.Rejected rejected) {
                throw new AssertionError("shipped rule set rejected: " + rejected.problems());
            }
            ruleSet = ((BuildResult.Built) result).ruleSet();
        }
        return ruleSet;
    }

    static RuleSetSource source() {
        return RuleSetSource.fromFolders(Path.of("rules"), Path.of("decision-tables"));
    }

    static Decision decide(ComplaintFacts facts) {
        return new RuleEvaluator().evaluate(get(), facts);
    }

    /** A complaint with the given parties on the given day; everything else absent. */
    static ComplaintFacts complaint(Respondent respondent, Body receivedBy, String receivedOn) {
        return new ComplaintFacts(null, null, respondent, null, receivedBy, LocalDate.parse(receivedOn), null, null, false, null);
    }
}

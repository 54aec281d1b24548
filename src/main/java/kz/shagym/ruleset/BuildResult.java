package kz.shagym.ruleset;

import java.util.List;

/** A rule set either compiled, or was refused with every problem found. */
public sealed interface BuildResult {

    String versionId();

    record Built(CompiledRuleSet ruleSet) implements BuildResult {
        @Override
        public String versionId() {
            return ruleSet.versionId();
        }
    }

    record Rejected(String versionId, List<TableProblem> problems) implements BuildResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}

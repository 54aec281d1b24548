package kz.shagym.benchmark;

import java.nio.file.Path;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;

/** The repository's rules/ and decision-tables/, read from the working directory (the project root). */
final class ShippedRules {

    /** JVM options for every benchmark fork: no Drools DEBUG/INFO lines between the figures. */
    static final String QUIET = "-Dlogback.configurationFile=kz/shagym/cli/logback-quiet.xml";

    private ShippedRules() {
    }

    static RuleSetSource source() {
        Path root = Path.of(System.getProperty("shagym.root", "."));
        return RuleSetSource.fromFolders(root.resolve("rules"), root.resolve("decision-tables"));
    }

    static CompiledRuleSet build() {
        return build(source());
    }

    static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new IllegalStateException("the shipped rule set is rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }
}

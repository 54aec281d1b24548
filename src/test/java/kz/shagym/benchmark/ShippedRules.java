package kz.shagym.benchmark;

import java.nio.file.Path;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.rules.ServiceRows;

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

    /**
     * The shipped set with {@code rows} generated service rows in time-limits and as many in routing, each
     * reachable ({@link ServiceRows}, the fixture the differential tests prove equal on); court exceptions as shipped.
     */
    static RuleSetSource withServiceRows(int rows) {
        return rows == 0 ? source() : ServiceRows.addTo(source(), rows, rows, 0);
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

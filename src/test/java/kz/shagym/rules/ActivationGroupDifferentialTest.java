package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table templates let one row per table fire through an {@code activation-group}; they used to
 * guard each row with {@code not Route()} (and the like), which made every decision visit every row.
 * Here the new templates are held to two plain references on the lawyers' scenarios and thousands of
 * generated complaints: the whole answer must equal the one a fresh build of the old templates (kept
 * under src/test/resources/reference-templates) gives, and the rows that fired, each exactly once,
 * must be the rows {@link kz.shagym.ruleset.compile.TableMatcher} ranks first without Drools.
 */
class ActivationGroupDifferentialTest {

    private static final List<String> TEMPLATES = List.of("routing.drt", "time-limits.drt", "court-exceptions.drt");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXTRA_ROWS = 1_000;

    @Test
    void shippedTablesWhenDecidedWithActivationGroupsShouldAnswerAsTheGuardedTemplates() {
        RuleSetSource shipped = ShippedRuleSet.source();

        int compared = compareAll(build(shipped), build(withOldTemplates(shipped)),
                Arrays.asList(null, "PS-1", "OTHER"), 3);

        assertThat(compared).isGreaterThan(3_000);
    }

    /**
     * A thousand extra service rows in time limits and in court exceptions (routing cannot hold a
     * thousand rows that may fire: it has 90 fact combinations, and the builder refuses a row that
     * never can), each row reachable, so the groups hold many rows that match one complaint.
     */
    @Test
    void thousandExtraServiceRowsWhenDecidedWithActivationGroupsShouldAnswerAsTheGuardedTemplates() {
        RuleSetSource big = ExtraServiceRows.added(ShippedRuleSet.source(), EXTRA_ROWS);
        CompiledRuleSet flat = build(big);
        assertThat(flat.tableRules()).hasSizeGreaterThan(2 * EXTRA_ROWS);

        int compared = compareAll(flat, build(withOldTemplates(big)),
                Arrays.asList(null, "GEN-0", "GEN-333", "GEN-" + (EXTRA_ROWS - 1), "OTHER"), 2);

        assertThat(compared).isGreaterThan(2_000);
    }

    /** {@link GeneratedComplaints}: the scenarios, then every enum combination × dates × service codes × acts. */
    private static int compareAll(CompiledRuleSet flat, CompiledRuleSet guarded, List<String> services, int variants) {
        List<ComplaintFacts> complaints = GeneratedComplaints.of(flat, services, variants);
        RuleEvaluator evaluator = new RuleEvaluator();
        List<String> tableRules = flat.tableRules().stream().map(r -> r.name()).toList();
        for (ComplaintFacts facts : complaints) {
            List<String> fired = new ArrayList<>();
            String answer = json(evaluator.evaluate(flat, facts, fired::add));
            String reference = json(evaluator.evaluate(guarded, facts));
            assertThat(answer).as("%s", facts).isEqualTo(reference);
            List<String> firedRows = fired.stream().filter(tableRules::contains).sorted().toList();
            List<String> rankedFirst = flat.trace(facts).stream().filter(RowTrace::fired).map(t -> t.rule().name())
                    .sorted().toList();
            assertThat(firedRows).as("table rows fired for %s", facts).isEqualTo(rankedFirst).isNotEmpty();
        }
        return complaints.size();
    }

    /** The decision as answered, less what names the build: the two rule sets differ in their templates. */
    private static String json(Object decision) {
        ObjectNode tree = (ObjectNode) JSON.valueToTree(decision);
        tree.remove("rulesetVersion");
        tree.remove("decisionId");
        return tree.toString();
    }

    private static RuleSetSource withOldTemplates(RuleSetSource source) {
        RuleSetSource swapped = source;
        for (String template : TEMPLATES) {
            try {
                swapped = swapped.with(RuleSetSource.RULES_DIR + template,
                        Files.readAllBytes(Path.of("src/test/resources/reference-templates", template)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(swapped.versionId()).isNotEqualTo(source.versionId());
        return swapped;
    }

    private static CompiledRuleSet build(RuleSetSource source) {
        BuildResult result = new RuleSetBuilder().build(source);
        if (result instanceof BuildResult.Rejected rejected) {
            throw new AssertionError("rejected: " + rejected.problems());
        }
        return ((BuildResult.Built) result).ruleSet();
    }
}

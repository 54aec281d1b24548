package kz.shagym.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.BuildResult;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowTrace;
import kz.shagym.ruleset.RuleSetBuilder;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.scenario.Scenario;
import kz.shagym.scenario.Scenarios;
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
     * A thousand extra service rows in each rule table ({@link ServiceRows}), each row reachable, so the
     * groups hold many rows that match one complaint, and a routing or time-limits row for the complaint's
     * service must win over the general row above it.
     */
    @Test
    void thousandExtraServiceRowsWhenDecidedWithActivationGroupsShouldAnswerAsTheGuardedTemplates() {
        RuleSetSource big = ServiceRows.addTo(ShippedRuleSet.source(), EXTRA_ROWS, EXTRA_ROWS, EXTRA_ROWS);
        CompiledRuleSet flat = build(big);
        assertThat(flat.tableRules()).hasSizeGreaterThan(3 * EXTRA_ROWS);

        int compared = compareAll(flat, build(withOldTemplates(big)), Arrays.asList(null, ServiceRows.code(0),
                ServiceRows.code(1), ServiceRows.code(2), ServiceRows.code(333), ServiceRows.code(EXTRA_ROWS - 1), "OTHER"), 2);

        assertThat(compared).isGreaterThan(2_000);
    }

    /** Scenarios, then every enum combination × receipt dates around the holidays × service codes × acts. */
    private static int compareAll(CompiledRuleSet flat, CompiledRuleSet guarded, List<String> services, int variants) {
        List<ComplaintFacts> complaints = new ArrayList<>();
        Scenarios.of(flat).stream().map(Scenario::facts).forEach(complaints::add);
        List<Subject> subjects = new ArrayList<>(Arrays.asList(Subject.values()));
        subjects.add(null);
        int n = 0;
        for (Respondent who : Respondent.values()) {
            for (Subject what : subjects) {
                for (Body at : Body.values()) {
                    for (LocalDate received : LawReference.receiptDates()) {
                        for (int k = 0; k < variants; k++) {
                            complaints.add(variant(who, what, at, received, services.get(n % services.size()), n));
                            n++;
                        }
                    }
                }
            }
        }
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

    private static ComplaintFacts variant(Respondent who, Subject what, Body at, LocalDate received, String service, int n) {
        LocalDate registered = n % 3 == 1 ? received.plusDays(1) : received;
        LocalDate windowEnd = LawReference.addWorkingDays(received, 3);
        FavorableAct act = switch (n % 5) {
            case 0 -> null;
            case 1 -> new FavorableAct(received.plusDays(1), false);
            case 2 -> new FavorableAct(windowEnd, true);
            case 3 -> new FavorableAct(windowEnd.plusDays(1), true);
            default -> new FavorableAct(received, true);
        };
        LocalDate asOf = switch (n % 4) {
            case 0 -> null;
            case 1 -> windowEnd.plusDays(1);
            case 2 -> received.plusDays(20);
            default -> received.plusDays(60);
        };
        return new ComplaintFacts("DIFF-" + n, service, who, what, at, received, registered, act, n % 7 == 0, asOf);
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

package kz.shagym.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.shagym.decision.Decision;
import kz.shagym.decision.NoRuleCoversComplaint;
import kz.shagym.decision.RuleEvaluator;
import kz.shagym.ruleset.CompiledRuleSet;

/** Runs the scenarios a rule set carries against that same rule set. */
public final class ScenarioRunner {

    private final RuleEvaluator evaluator = new RuleEvaluator();

    public ScenarioReport run(CompiledRuleSet ruleSet) {
        List<ScenarioReport.Result> results = new ArrayList<>();
        Set<String> fired = new HashSet<>();
        for (Scenario scenario : Scenarios.of(ruleSet)) {
            results.add(run(ruleSet, scenario, fired));
        }
        int passed = (int) results.stream().filter(ScenarioReport.Result::passed).count();
        return new ScenarioReport(ruleSet.versionId(), results.size(), passed, results,
                ScenarioCoverage.rows(ruleSet, fired), ScenarioCoverage.legalBases(ruleSet, fired));
    }

    private ScenarioReport.Result run(CompiledRuleSet ruleSet, Scenario scenario, Set<String> fired) {
        Decision decision;
        try {
            decision = evaluator.evaluate(ruleSet, scenario.facts(), fired::add);
        } catch (NoRuleCoversComplaint e) {
            return new ScenarioReport.Result(scenario.id(), scenario.file(), scenario.sheet(), scenario.row(),
                    scenario.description(), false, List.of(), e.getMessage());
        }
        List<ScenarioReport.Mismatch> mismatches = new ArrayList<>();
        for (Scenario.Expectation e : scenario.expectations()) {
            Object actual = actual(decision, e.key());
            if (!Objects.equals(normalise(e.expected()), normalise(actual))) {
                mismatches.add(new ScenarioReport.Mismatch(e.key(), e.header(), e.cell(), show(e.expected()), show(actual)));
            }
        }
        return new ScenarioReport.Result(scenario.id(), scenario.file(), scenario.sheet(), scenario.row(),
                scenario.description(), mismatches.isEmpty(), mismatches, null);
    }

    /** The part of the answer each expectation column speaks of. */
    static Object actual(Decision d, String key) {
        return switch (key) {
            case "expectOutcome" -> d.outcome();
            case "expectReviewingBody" -> d.reviewingBody();
            case "expectForwardingRequired" -> d.forwarding().required();
            case "expectForwardingDeadline" -> d.forwarding().deadline();
            case "expectReviewWorkingDays" -> d.review() == null ? null : d.review().workingDays();
            case "expectReviewDeadline" -> d.review() == null ? null : d.review().deadline();
            case "expectCourtAllowed" -> d.court().allowed();
            default -> throw new IllegalArgumentException("no answer field for expectation column " + key);
        };
    }

    private static Object normalise(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }

    private static String show(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "Да" : "Нет";
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

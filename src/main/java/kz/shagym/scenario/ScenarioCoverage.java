package kz.shagym.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableRule;

/**
 * What the scenarios leave untested. A row is reached when its rule fired (in Drools) while some
 * scenario was evaluated, whether that scenario passed or not; a legal basis is reached when a rule
 * citing it fired. Table rows cite their {@code legalBasis} cell, DRL rules their {@code @legalBasis}.
 */
final class ScenarioCoverage {

    private ScenarioCoverage() {
    }

    static List<ScenarioReport.UncoveredRow> rows(CompiledRuleSet ruleSet, Set<String> fired) {
        List<ScenarioReport.UncoveredRow> rows = new ArrayList<>();
        for (TableRule rule : ruleSet.tableRules()) {
            if (!fired.contains(rule.name())) {
                RowOrigin o = rule.origin();
                rows.add(new ScenarioReport.UncoveredRow(label(rule), o.id(), RuleSetSource.TABLES_DIR + o.file(), o.sheet(),
                        o.row()));
            }
        }
        return rows;
    }

    static List<ScenarioReport.UncoveredLegalBasis> legalBases(CompiledRuleSet ruleSet, Set<String> fired) {
        // Table rows first, in table order; then DRL rules by name, since the rule base keeps no order.
        Map<String, List<String>> rulesByBasis = new LinkedHashMap<>();
        Map<String, Boolean> reached = new LinkedHashMap<>();
        for (TableRule rule : ruleSet.tableRules()) {
            cite(rulesByBasis, reached, rule.origin().legalBasis(), label(rule), fired.contains(rule.name()));
        }
        Map<String, String> drlBases = new TreeMap<>();
        ruleSet.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            Object basis = rule.getMetaData().get("legalBasis");
            if (basis != null && ruleSet.drlFile(rule.getName()).isPresent()) {
                drlBases.put(rule.getName(), basis.toString());
            }
        }));
        drlBases.forEach((name, basis) -> cite(rulesByBasis, reached, basis, name, fired.contains(name)));
        List<ScenarioReport.UncoveredLegalBasis> uncovered = new ArrayList<>();
        rulesByBasis.forEach((basis, rules) -> {
            if (!reached.get(basis)) {
                uncovered.add(new ScenarioReport.UncoveredLegalBasis(basis, rules));
            }
        });
        return uncovered;
    }

    private static void cite(Map<String, List<String>> rulesByBasis, Map<String, Boolean> reached, String basis,
            String rule, boolean fired) {
        if (basis == null || basis.isBlank()) {
            return;
        }
        String key = basis.strip();
        rulesByBasis.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
        reached.merge(key, fired, Boolean::logicalOr);
    }

    /** The rule as explanations and the trace name it: "Routing row 4 (R01)". */
    private static String label(TableRule rule) {
        return rule.name() + " (" + rule.origin().id() + ")";
    }
}

package kz.shagym.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.shagym.decision.LocalizedText;
import kz.shagym.decision.RuleLabels;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.TableRule;
import org.kie.api.definition.rule.Rule;

/**
 * What the scenarios leave untested. A row is reached when its rule fired (in Drools) while some
 * scenario was evaluated, whether that scenario passed or not; a legal basis is reached when a rule
 * citing it fired. Table rows cite their {@code legalBasis} cell, DRL rules their {@code @legalBasisRu}
 * (or {@code @legalBasis} where they have no Russian one).
 */
final class ScenarioCoverage {

    private ScenarioCoverage() {
    }

    static List<ScenarioReport.UncoveredRow> rows(CompiledRuleSet ruleSet, Set<String> fired) {
        List<ScenarioReport.UncoveredRow> rows = new ArrayList<>();
        for (TableRule rule : ruleSet.tableRules()) {
            if (!fired.contains(rule.name())) {
                RowOrigin o = rule.origin();
                rows.add(new ScenarioReport.UncoveredRow(RuleLabels.name(rule), o.id(), RuleSetSource.TABLES_DIR + o.file(),
                        o.sheet(), o.row(), RuleLabels.of(rule)));
            }
        }
        return rows;
    }

    static List<ScenarioReport.UncoveredLegalBasis> legalBases(CompiledRuleSet ruleSet, Set<String> fired) {
        // Table rows first, in table order; then DRL rules by name, since the rule base keeps no order.
        // A basis is one law whoever cites it: grouped by its Russian text, which tables and DRL share.
        Map<String, Cited> byBasis = new LinkedHashMap<>();
        for (TableRule rule : ruleSet.tableRules()) {
            cite(byBasis, RuleLabels.legalBasis(rule.origin()), RuleLabels.name(rule), RuleLabels.of(rule),
                    fired.contains(rule.name()));
        }
        Map<String, Rule> drlRules = new TreeMap<>();
        ruleSet.kieBase().getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            if (ruleSet.drlFile(rule.getName()).isPresent()) {
                drlRules.put(rule.getName(), rule);
            }
        }));
        drlRules.forEach((name, rule) -> cite(byBasis, RuleLabels.legalBasis(rule), name, RuleLabels.of(rule),
                fired.contains(name)));
        List<ScenarioReport.UncoveredLegalBasis> uncovered = new ArrayList<>();
        byBasis.forEach((basis, cited) -> {
            if (!cited.reached) {
                uncovered.add(new ScenarioReport.UncoveredLegalBasis(basis, cited.rules, cited.text, cited.labels));
            }
        });
        return uncovered;
    }

    /** The rules citing one basis, and whether any of them fired. */
    private static final class Cited {
        final LocalizedText text;
        final List<String> rules = new ArrayList<>();
        final List<LocalizedText> labels = new ArrayList<>();
        boolean reached;

        Cited(LocalizedText text) {
            this.text = text;
        }
    }

    private static void cite(Map<String, Cited> byBasis, LocalizedText basis, String rule, LocalizedText label,
            boolean fired) {
        if (basis == null || basis.ru() == null || basis.ru().isBlank()) {
            return;
        }
        Cited cited = byBasis.computeIfAbsent(basis.ru().strip(), k -> new Cited(basis));
        cited.rules.add(rule);
        cited.labels.add(label);
        cited.reached |= fired;
    }
}

package kz.shagym.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.RuleSetSource;
import kz.shagym.ruleset.tables.TableKind;
import kz.shagym.rules.RuleStatus;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * Turns the rules that fired into the explanations of an answer: only those that decided part of it
 * (ruling 3 of the product owner), each with its own label and legal basis in three languages, in a
 * fixed order (tables in their order, then hand-written rules by stage), so that the same facts give
 * the same list on every replay.
 */
final class Explanations {

    private Explanations() {
    }

    /**
     * @param inserted each fact a rule inserted, beside {@code insertedBy}, the rule that inserted it
     * @param used the facts (by identity) that the answer was read from
     */
    static List<RuleExplanation> of(PreparedRuleSet prepared, CompiledRuleSet ruleSet, List<Rule> fired,
            List<Object> inserted, List<Rule> insertedBy, List<Object> used) {
        List<RuleExplanation> explained = new ArrayList<>(fired.size());
        for (Rule rule : fired) {
            // A rule that inserted facts the answer does not use decided nothing in it; a rule that
            // inserts nothing is written to explain (e.g. why a partial act keeps the forwarding).
            if (decidedNothing(rule.getName(), inserted, insertedBy, used)) {
                continue;
            }
            RuleExplanation e = prepared.explanation(ruleSet, rule);
            if (e != null) {
                explained.add(e);
            }
        }
        explained.sort(RuleExplanation.ANSWER_ORDER);
        return explained;
    }

    private static boolean decidedNothing(String rule, List<Object> inserted, List<Rule> insertedBy, List<Object> used) {
        boolean insertedAny = false;
        for (int i = 0; i < inserted.size(); i++) {
            if (insertedBy.get(i).getName().equals(rule)) {
                if (containsSame(used, inserted.get(i))) {
                    return false;
                }
                insertedAny = true;
            }
        }
        return insertedAny;
    }

    static boolean containsSame(List<Object> facts, Object fact) {
        for (Object f : facts) {
            if (f == fact) {
                return true;
            }
        }
        return false;
    }

    /** The rule's explanation and warning, or null for a rule that explains nothing (a warning's own rule). */
    static RuleExplanation explain(CompiledRuleSet ruleSet, Rule rule) {
        Optional<RowOrigin> origin = ruleSet.origin(rule.getName());
        if (origin.isPresent()) {
            return tableRow(rule, origin.get());
        }
        return rule.getMetaData().containsKey("ru") ? drlRule(ruleSet, rule) : null;
    }

    private static RuleExplanation tableRow(Rule rule, RowOrigin o) {
        TableKind kind = TableKind.byFileName(o.file()).orElseThrow();
        String name = RuleLabels.name(rule.getName(), o);
        LocalizedText label = RuleLabels.of(name, o);
        Explanation e = new Explanation(name, RuleSource.tableRow(RuleSetSource.TABLES_DIR + o.file(), o.sheet(), o.row()),
                o.legalBasis(), new LocalizedText(o.textRu(), o.textKk()), label,
                RuleLabels.legalBasis(o), o.status(), o.inForce());
        return withWarning(0, (long) kind.ordinal() * 1_000_000 + o.row(), e);
    }

    private static RuleExplanation drlRule(CompiledRuleSet ruleSet, Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String name = rule.getName();
        String ru = text(meta, "ru", null);
        String file = ruleSet.drlFile(name).orElse(RuleSetSource.RULES_DIR);
        LocalizedText basis = RuleLabels.legalBasis(rule);
        Explanation e = new Explanation(name, RuleSource.drl(file, name), basis == null ? "" : basis.en(),
                new LocalizedText(ru, text(meta, "kk", ru), text(meta, "en", null)), RuleLabels.of(rule),
                basis == null ? new LocalizedText("", "", "") : basis, status(meta));
        // Higher salience is an earlier stage; within a stage the name decides, which no rebuild changes.
        int salience = rule instanceof RuleImpl impl ? impl.getSalienceValue() : 0;
        return withWarning(1, -(long) salience, e);
    }

    private static RuleExplanation withWarning(int group, long order, Explanation e) {
        String rowId = Warnings.rowId(e);
        Warning warning = e.status() != null && e.status() != RuleStatus.LAW ? Warnings.fromExplanation(e, rowId) : null;
        return new RuleExplanation(group, order, e, rowId, warning);
    }

    private static RuleStatus status(Map<String, Object> meta) {
        Object status = meta.get("status");
        return status == null ? null : RuleStatus.valueOf(String.valueOf(status));
    }

    private static String text(Map<String, Object> meta, String key, String otherwise) {
        Object value = meta.get(key);
        return value == null ? otherwise : String.valueOf(value);
    }
}

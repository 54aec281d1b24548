package kz.shagym.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A frozen copy of {@code Explanations} as it was before issue 10, for {@link FreshSessionEvaluator}.
 */
final class FreshSessionExplanations {

    private FreshSessionExplanations() {
    }

    /**
     * @param inserted what each fired rule inserted, by rule name
     * @param used the facts (by identity) that the answer was read from
     */
    static List<Explanation> of(CompiledRuleSet ruleSet, Collection<Rule> fired, Map<String, List<Object>> inserted,
            Set<Object> used) {
        List<Ranked> ranked = new ArrayList<>();
        for (Rule rule : fired) {
            List<Object> made = inserted.getOrDefault(rule.getName(), List.of());
            // A rule that inserted facts the answer does not use decided nothing in it; a rule that
            // inserts nothing is written to explain (e.g. why a partial act keeps the forwarding).
            if (!made.isEmpty() && made.stream().noneMatch(used::contains)) {
                continue;
            }
            Optional<RowOrigin> origin = ruleSet.origin(rule.getName());
            if (origin.isPresent()) {
                ranked.add(tableRow(rule, origin.get()));
            } else if (rule.getMetaData().containsKey("ru")) {
                ranked.add(drlRule(ruleSet, rule));
            }
        }
        ranked.sort(Comparator.comparing(Ranked::group).thenComparing(Ranked::order).thenComparing(Ranked::name));
        return ranked.stream().map(Ranked::explanation).toList();
    }

    private record Ranked(int group, long order, String name, Explanation explanation) {
    }

    private static Ranked tableRow(Rule rule, RowOrigin o) {
        TableKind kind = TableKind.byFileName(o.file()).orElseThrow();
        String name = RuleLabels.name(rule.getName(), o);
        LocalizedText label = RuleLabels.of(name, o);
        Explanation e = new Explanation(name, RuleSource.tableRow(RuleSetSource.TABLES_DIR + o.file(), o.sheet(), o.row()),
                o.legalBasis(), new LocalizedText(o.textRu(), o.textKk()), label,
                RuleLabels.legalBasis(o), o.status(), o.inForce());
        return new Ranked(0, (long) kind.ordinal() * 1_000_000 + o.row(), name, e);
    }

    private static Ranked drlRule(CompiledRuleSet ruleSet, Rule rule) {
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
        return new Ranked(1, -(long) salience, name, e);
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

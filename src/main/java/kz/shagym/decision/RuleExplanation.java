package kz.shagym.decision;

import java.util.Comparator;

/**
 * What one fired rule adds to an answer when it decided part of it: its explanation and, when the
 * rule or row is not {@code LAW}, its warning. The same every time the rule fires in one rule set, so
 * it is made once per rule ({@link PreparedRuleSet}) instead of once per decision.
 *
 * @param group 0 for a table row, 1 for a rule of {@code rules/*.drl}
 * @param order within the group: the table and row, or the stage (minus the salience)
 * @param rowId the table row's id ("R01"), or null for a hand-written rule
 * @param warning the warning this explanation brings, or null when it rests on the law
 */
record RuleExplanation(int group, long order, Explanation explanation, String rowId, Warning warning) {

    /** Tables in their order, then hand-written rules by stage; the name decides within, which no rebuild changes. */
    static final Comparator<RuleExplanation> ANSWER_ORDER = (a, b) -> {
        int byGroup = Integer.compare(a.group, b.group);
        if (byGroup != 0) {
            return byGroup;
        }
        int byOrder = Long.compare(a.order, b.order);
        return byOrder != 0 ? byOrder : a.explanation.rule().compareTo(b.explanation.rule());
    };
}

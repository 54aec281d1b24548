package kz.shagym.rules;

/**
 * A time-limits row that matched the complaint.
 *
 * @param reviewWorkingDays null when the row says no review period applies
 * @param maxExtensionWorkingDays null when the period cannot be extended
 * @param extensionStatus how firmly the extension rests on the law, when there is one
 */
public record TimeLimit(
        String id,
        int row,
        Integer reviewWorkingDays,
        CountFrom countedFrom,
        Integer maxExtensionWorkingDays,
        RuleStatus extensionStatus,
        RuleStatus status) {
}

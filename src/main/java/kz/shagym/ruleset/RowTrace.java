package kz.shagym.ruleset;

/**
 * How one table row compared with the facts of a complaint: whether its conditions held, and
 * whether it is the row that fired (only one row of a table fires; a matching row below the winner,
 * or a general time-limits row beside a service row, is shadowed by it).
 *
 * @param shadowedBy the row that fired instead, when this row matched but did not fire; else null
 * @param failedCondition the first condition column (left to right) that did not hold; null when matched
 */
public record RowTrace(TableRule rule, boolean matched, boolean fired, TableRule shadowedBy,
        FailedCondition failedCondition) {

    /**
     * @param column the column key as in the table heading's brackets ({@code subject})
     * @param expected the cell's value (an enum code or a service code)
     * @param actual the complaint's value, or null when the complaint has none
     */
    public record FailedCondition(String column, String expected, String actual) {
    }
}

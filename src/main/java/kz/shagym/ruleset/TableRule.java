package kz.shagym.ruleset;

/**
 * A rule generated from one table row: its name in the compiled rule base (what fires) and the row
 * it came from.
 */
public record TableRule(String name, RowOrigin origin) {
}

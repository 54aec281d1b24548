package kz.shagym.decision;

/**
 * Where a fired rule lives: a table row ({@code file}, {@code sheet}, {@code row}) or a DRL rule
 * ({@code file}, {@code drlRule}).
 */
public record RuleSource(String file, String sheet, Integer row, String drlRule) {

    public static RuleSource tableRow(String file, String sheet, int row) {
        return new RuleSource(file, sheet, row, null);
    }

    public static RuleSource drl(String file, String ruleName) {
        return new RuleSource(file, null, null, ruleName);
    }
}

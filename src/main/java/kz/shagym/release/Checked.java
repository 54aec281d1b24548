package kz.shagym.release;

import kz.shagym.ruleset.CompiledRuleSet;

/**
 * A checked set: compiled (null when a cell had problems) and its report. Kept by the compile
 * service, so that publishing a set just checked does not build it again.
 */
public record Checked(CompiledRuleSet ruleSet, VersionReport report) {
}

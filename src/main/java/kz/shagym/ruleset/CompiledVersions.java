package kz.shagym.ruleset;

import java.util.Optional;

/**
 * Stored versions, compiled. The release's compile service implements it: each version is built at
 * most once per instance, on a build thread, whoever asks (what-if, replay, activation).
 */
@FunctionalInterface
public interface CompiledVersions {

    /**
     * The compiled rule set of a stored version, or empty when no version has that id.
     *
     * @throws RuleSetVersionUnusable when the stored version's tables have problems
     */
    Optional<CompiledRuleSet> compiled(String versionId);
}

package kz.shagym.ruleset;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set that answers requests, swapped atomically: a request takes one reference and keeps
 * using that whole version even if another is activated meanwhile. Other versions asked for by id
 * (what-if, replay, activation) come from the compile service, which builds each once and keeps a few.
 */
public final class RuleSetRegistry {

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final CompiledVersions versions;

    public RuleSetRegistry(CompiledVersions versions) {
        this.versions = versions;
    }

    /** The active rule set; never null once the application has started. */
    public CompiledRuleSet active() {
        CompiledRuleSet current = active.get();
        if (current == null) {
            throw new IllegalStateException("no rule set is active yet");
        }
        return current;
    }

    public Optional<CompiledRuleSet> activeIfAny() {
        return Optional.ofNullable(active.get());
    }

    /** Makes {@code ruleSet} answer from the next request on; returns the one it replaced. */
    public CompiledRuleSet activate(CompiledRuleSet ruleSet) {
        return active.getAndSet(ruleSet);
    }

    /** The rule set of a version: the active one, or a stored one from the compile service. */
    public Optional<CompiledRuleSet> find(String versionId) {
        CompiledRuleSet current = active.get();
        if (current != null && current.versionId().equals(versionId)) {
            return Optional.of(current);
        }
        return versions.compiled(versionId);
    }
}

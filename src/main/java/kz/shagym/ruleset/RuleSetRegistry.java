package kz.shagym.ruleset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The rule set that answers requests, swapped atomically: a request takes one reference and keeps
 * using that whole version even if another is activated meanwhile. Older versions asked for by id
 * (what-if, replay) are compiled on demand and a few are kept.
 */
public final class RuleSetRegistry {

    private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();
    private final Map<String, CompiledRuleSet> recent;
    private final Function<String, Optional<CompiledRuleSet>> loader;

    /** @param loader compiles a stored version by id, or answers empty when there is none */
    public RuleSetRegistry(int cachedVersions, Function<String, Optional<CompiledRuleSet>> loader) {
        this.loader = loader;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompiledRuleSet> eldest) {
                return size() > cachedVersions;
            }
        };
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
        CompiledRuleSet previous = active.getAndSet(ruleSet);
        if (previous != null) {
            remember(previous);
        }
        return previous;
    }

    public void remember(CompiledRuleSet ruleSet) {
        synchronized (recent) {
            recent.put(ruleSet.versionId(), ruleSet);
        }
    }

    /** The rule set of a version: the active one, a kept one, or a stored one compiled now. */
    public Optional<CompiledRuleSet> find(String versionId) {
        CompiledRuleSet current = active.get();
        if (current != null && current.versionId().equals(versionId)) {
            return Optional.of(current);
        }
        synchronized (recent) {
            CompiledRuleSet kept = recent.get(versionId);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<CompiledRuleSet> loaded = loader.apply(versionId);
        loaded.ifPresent(this::remember);
        return loaded;
    }
}

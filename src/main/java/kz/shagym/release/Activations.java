package kz.shagym.release;

import org.springframework.beans.factory.annotation.Autowired;
import java.util.List;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.CompiledRuleSet;
import kz.shagym.ruleset.RuleSetRegistry;
import kz.shagym.web.Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Makes a stored version the one that answers. The database is the truth: the activation is
 * committed there first (one transaction: the old one retired, the new one active, the history
 * row, the trail entry), then this instance swaps its rule base; the other instances follow within
 * seconds. A crash between the two leaves the database's choice, which every instance serves after
 * its next look; a failure before the commit leaves everything as it was.
 */
@Service
class Activations {

    private static final Logger log = LoggerFactory.getLogger(Activations.class);

    private final RuleSetVersionStore store;
    private final RuleSetRegistry registry;
    private final ReleaseSettings settings;

    private final ReleaseMeters meters;

    Activations(RuleSetVersionStore store, RuleSetRegistry registry, ReleaseSettings settings) {
        this(store, registry, settings, ReleaseMeters.NONE);
    }

    @Autowired
    Activations(RuleSetVersionStore store, RuleSetRegistry registry, ReleaseSettings settings, ReleaseMeters meters) {
        this.meters = meters;
        this.store = store;
        this.registry = registry;
        this.settings = settings;
    }

    /**
     * @param bypassFourEyes only for the folder watcher of the embedded demo, which acts on its own edits
     */
    synchronized Activation activate(String versionId, String approver, String reason, boolean bypassFourEyes) {
        StoredVersion version = store.find(versionId).orElseThrow(() -> new UnknownRuleSetVersion(versionId));
        if (settings.fourEyes() && !bypassFourEyes && Identity.same(version.author(), approver)) {
            throw new FourEyesViolation(versionId);
        }
        // a rejected or returned version is refused before anything is compiled
        version.state().activation(versionId);
        // Compile before committing: a version that cannot be served never becomes the database's choice.
        CompiledRuleSet ruleSet = registry.find(versionId)
                .orElseThrow(() -> new IllegalStateException("stored version " + versionId + " does not build"));
        Activation activation = store.activate(versionId, approver, reason);
        registry.activate(ruleSet);
        meters.served(ruleSet.versionId());
        log.info("Rule set {} activated by {} (was {})", versionId, approver, activation.fromVersion());
        return activation;
    }

    /** Serves what the database says is active, if this instance serves something else. */
    synchronized boolean followDatabase() {
        String wanted = store.activeId().orElse(null);
        if (wanted == null || registry.activeIfAny().map(r -> r.versionId().equals(wanted)).orElse(false)) {
            return false;
        }
        CompiledRuleSet ruleSet = registry.find(wanted)
                .orElseThrow(() -> new IllegalStateException("the active version " + wanted + " does not build"));
        registry.activate(ruleSet);
        meters.served(ruleSet.versionId());
        log.info("Rule set {} activated elsewhere: now serving it", wanted);
        return true;
    }

    List<Activation> history() {
        return store.activations();
    }
}

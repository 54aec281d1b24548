package kz.shagym.release;

import java.util.Optional;
import kz.shagym.ruleset.RuleSetArchive;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.stereotype.Component;

/** Lets the registry rebuild any stored version from its bytes (what-if, replay, rollback). */
@Component
class StoreArchive implements RuleSetArchive {

    private final RuleSetVersionStore store;

    StoreArchive(RuleSetVersionStore store) {
        this.store = store;
    }

    @Override
    public Optional<RuleSetSource> find(String versionId) {
        return store.findWithContent(versionId).map(content -> new RuleSetSource(content.files()));
    }
}

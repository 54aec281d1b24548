package kz.shagym.audit;

import java.util.List;
import java.util.Map;
import kz.shagym.release.AdministrativeAction;
import kz.shagym.release.RuleSetVersionStore;
import org.springframework.stereotype.Component;

/**
 * The administrative trail: what people did to the rule sets, and when. Other features record
 * their actions here. It joins the caller's transaction, so an action and the change it describes
 * can be committed together.
 */
@Component
public class AdminActions {

    /** What was done. */
    public enum Action {
        UPLOAD,
        REJECTED_UPLOAD,
        ACTIVATION,
        ROLLBACK,
        STATE_CHANGE
    }

    private final RuleSetVersionStore store;
    private final CanonicalJson json = new CanonicalJson();

    public AdminActions(RuleSetVersionStore store) {
        this.store = store;
    }

    /**
     * @param target what it was done to, usually a rule set version id
     * @param details anything worth keeping (file names, reason, ...), stored as canonical JSON
     */
    public AdministrativeAction record(String who, Action action, String target, Map<String, ?> details) {
        String text = details == null || details.isEmpty() ? null : json.write(json.tree(details));
        return store.recordAction(who, action.name(), target, text);
    }

    /** The latest actions, newest first. */
    public List<AdministrativeAction> recent(int limit) {
        return store.actions(limit);
    }
}

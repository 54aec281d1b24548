package kz.shagym.audit;

import java.util.List;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionService;
import kz.shagym.decision.TraceEntry;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides a stored complaint again, without recording it, and compares the answers with the stored
 * one. Kept apart from {@link DecisionLog}: the decision service depends on the log, the replay on
 * the decision service.
 */
@Service
public class DecisionReplay {

    private final DecisionLog log;
    private final DecisionService decisions;
    private final CanonicalJson json = new CanonicalJson();

    DecisionReplay(DecisionLog log, DecisionService decisions) {
        this.log = log;
        this.decisions = decisions;
    }

    public ReplayReport replay(String decisionId) {
        AuditRecord stored = log.find(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId));
        ComplaintFacts facts = facts(stored);
        Decision underRecorded = decisions.evaluate(facts, stored.rulesetVersion()).withDecisionId(decisionId);
        Decision underActive = decisions.evaluate(facts, null).withDecisionId(decisionId);
        return new ReplayReport(decisionId, stored.rulesetVersion(), underActive.rulesetVersion(),
                compare(stored.answer(), underRecorded), compare(stored.answer(), underActive));
    }

    /**
     * The trace of a stored decision under the version that decided it: not stored, since the same
     * facts and version always give the same trace.
     */
    public List<TraceEntry> trace(String decisionId) {
        AuditRecord stored = log.find(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId));
        return decisions.trace(facts(stored), stored.rulesetVersion());
    }

    /** The facts of a stored decision, as the rules saw them. */
    public ComplaintFacts facts(AuditRecord stored) {
        return json.read(stored.request(), ComplaintFacts.class);
    }

    /** The answer a stored decision gave. */
    public Decision answer(AuditRecord stored) {
        return json.read(stored.answer(), Decision.class);
    }

    private ReplayReport.Comparison compare(JsonNode stored, Decision replayed) {
        var differences = AnswerDifferences.between(withoutId(stored), withoutId(json.tree(replayed)));
        return new ReplayReport.Comparison(replayed, differences.isEmpty(), differences);
    }

    private static JsonNode withoutId(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        copy.remove("decisionId");
        return copy;
    }
}

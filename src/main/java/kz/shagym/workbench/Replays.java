package kz.shagym.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.shagym.audit.AuditRecord;
import kz.shagym.decision.Decision;
import kz.shagym.decision.DecisionService;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides a stored complaint again, without recording it: under the version that decided it (the
 * answer must be the same) and under the active one. The same comparison as the audit API's replay,
 * whose classes are private to the audit package.
 */
@Component
class Replays {

    private final DecisionService decisions;
    private final JsonMapper json;

    Replays(DecisionService decisions, JsonMapper json) {
        this.decisions = decisions;
        this.json = json;
    }

    record Replay(Comparison recorded, Comparison active) {

        public List<Comparison> both() {
            return List.of(recorded, active);
        }
    }

    record Comparison(String version, Decision answer, List<Difference> differences) {

        public boolean equal() {
            return differences.isEmpty();
        }
    }

    /** A field that differs, as a path like {@code review.deadline}; a side without it shows "null". */
    record Difference(String path, String recorded, String replayed) {
    }

    ComplaintFacts facts(AuditRecord record) {
        return json.treeToValue(record.request(), ComplaintFacts.class);
    }

    Decision answer(AuditRecord record) {
        return json.treeToValue(record.answer(), Decision.class);
    }

    Replay replay(AuditRecord record) {
        ComplaintFacts facts = facts(record);
        Decision underRecorded = decisions.evaluate(facts, record.rulesetVersion()).withDecisionId(record.decisionId());
        Decision underActive = decisions.evaluate(facts, null).withDecisionId(record.decisionId());
        return new Replay(compare(record.answer(), underRecorded), compare(record.answer(), underActive));
    }

    private Comparison compare(JsonNode stored, Decision replayed) {
        List<Difference> differences = new ArrayList<>();
        compare("", withoutId(stored), withoutId(json.valueToTree(replayed)), differences);
        return new Comparison(replayed.rulesetVersion(), replayed, differences);
    }

    private static JsonNode withoutId(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        copy.remove("decisionId");
        return copy;
    }

    /** A missing field and a null one are the same: both mean "no value". */
    private static void compare(String path, JsonNode recorded, JsonNode replayed, List<Difference> out) {
        JsonNode a = recorded == null || recorded.isMissingNode() ? NullNode.instance : recorded;
        JsonNode b = replayed == null || replayed.isMissingNode() ? NullNode.instance : replayed;
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), out);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b)) {
            out.add(new Difference(path, a.toString(), b.toString()));
        }
    }
}

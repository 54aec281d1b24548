package kz.shagym.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/** Where two answers differ, field by field, as paths like {@code review.deadline} or {@code explanations[0].rule}. */
final class AnswerDifferences {

    private AnswerDifferences() {
    }

    /**
     * A missing field and a null one are the same: both mean "no value". A field the recorded answer
     * lacks altogether is not compared: stored answers keep their nulls, so it came into the contract
     * after the record was written (as {@code lawInForceOn} did), and fields are only ever added.
     */
    static List<ReplayReport.Difference> between(JsonNode recorded, JsonNode replayed) {
        List<ReplayReport.Difference> differences = new ArrayList<>();
        compare("", recorded, replayed, differences);
        return differences;
    }

    private static void compare(String path, JsonNode recorded, JsonNode replayed,
            List<ReplayReport.Difference> differences) {
        JsonNode a = orNull(recorded);
        JsonNode b = orNull(replayed);
        if (a.isObject() && b.isObject()) {
            TreeSet<String> names = new TreeSet<>(a.propertyNames());
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, a.get(name), b.get(name), differences);
            }
        } else if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                compare(path + "[" + i + "]", a.get(i), b.get(i), differences);
            }
        } else if (!a.equals(b)) {
            differences.add(new ReplayReport.Difference(path, a, b));
        }
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isMissingNode() ? NullNode.instance : node;
    }
}

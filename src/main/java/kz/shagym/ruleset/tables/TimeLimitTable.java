package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.inforce.FirstInForce;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.rules.Body;
import kz.shagym.rules.CountFrom;
import kz.shagym.rules.RuleStatus;
import kz.shagym.rules.TimeLimit;

/**
 * The review periods: a service-specific row wins over the general row of the same addressee; of
 * the rows with the same addressee and service in force on a day, the top-most wins.
 */
public final class TimeLimitTable {

    public record Row(ParsedRow parsed, TimeLimit limit, Body receivedBy, String serviceCode, RowOrigin origin) {
    }

    private TimeLimitTable() {
    }

    static List<Row> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Row> rows = new ArrayList<>();
        Map<String, List<ParsedRow>> byKey = new LinkedHashMap<>();
        boolean allClean = true;
        for (ParsedRow p : content.rows()) {
            Integer days = p.get("reviewWorkingDays");
            CountFrom from = p.get("countedFrom");
            if (days != null && from == null) {
                problems.add(ProblemKind.COUNTED_FROM_REQUIRED.at(file, sheet, p.cell("countedFrom")));
                allClean = false;
                continue;
            }
            Body receivedBy = p.get("receivedBy");
            String service = p.get("serviceCode");
            Integer extension = days == null ? null : p.get("maxExtensionWorkingDays");
            RuleStatus extensionStatus = p.get("extensionStatus");
            if (extension != null && extensionStatus == null) {
                problems.add(ProblemKind.REQUIRED.at(file, sheet, p.cell("extensionStatus"),
                        content.schema().column("extensionStatus").orElseThrow().header()));
                allClean = false;
                continue;
            }
            byKey.computeIfAbsent(receivedBy + "|" + service, k -> new ArrayList<>()).add(p);
            RuleStatus status = p.get("status");
            TimeLimit limit = new TimeLimit(p.get("id"), p.row(), days, from, extension,
                    extension == null ? null : extensionStatus, status);
            rows.add(new Row(p, limit, receivedBy, service, p.origin(file, sheet)));
        }
        int before = problems.size();
        byKey.forEach((key, same) -> {
            FirstInForce.Result result = InForceChecks.of(same);
            result.shadowed().forEach(x -> problems.add(ProblemKind.TIME_LIMIT_DUPLICATE.at(file, sheet,
                    same.get(x.row()).cell("receivedBy"), InForceChecks.named(same, x))));
            // A day without a service row falls back to the general row; a day without a general row has no period.
            if (key.endsWith("|null")) {
                result.gaps().forEach(g -> problems.add(InForceChecks.gap(same, g, file, sheet, "receivedBy=" + same.get(0).get("receivedBy"))));
            }
        });
        if (allClean && problems.size() == before && content.everyRowRead() && rows.size() == content.rows().size()) {
            for (Body body : Body.values()) {
                if (!byKey.containsKey(body + "|null")) {
                    problems.add(ProblemKind.TIME_LIMIT_GAP.at(file, sheet, "A" + (content.lastRow() + 2), body));
                }
            }
        }
        return rows;
    }
}

package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.rules.Body;
import kz.shagym.rules.CountFrom;
import kz.shagym.rules.RuleStatus;
import kz.shagym.rules.TimeLimit;

/** The review periods: a service-specific row wins over the general row of the same addressee. */
public final class TimeLimitTable {

    public record Row(ParsedRow parsed, TimeLimit limit, Body receivedBy, String serviceCode, RowOrigin origin) {
    }

    private TimeLimitTable() {
    }

    static List<Row> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Row> rows = new ArrayList<>();
        Map<String, ParsedRow> byKey = new HashMap<>();
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
            ParsedRow same = byKey.putIfAbsent(receivedBy + "|" + service, p);
            if (same != null) {
                problems.add(ProblemKind.TIME_LIMIT_DUPLICATE.at(file, sheet, p.cell("receivedBy"), same.row()));
                allClean = false;
                continue;
            }
            Integer extension = days == null ? null : p.get("maxExtensionWorkingDays");
            RuleStatus extensionStatus = p.get("extensionStatus");
            if (extension != null && extensionStatus == null) {
                problems.add(ProblemKind.REQUIRED.at(file, sheet, p.cell("extensionStatus"),
                        content.schema().column("extensionStatus").orElseThrow().header()));
                allClean = false;
                continue;
            }
            RuleStatus status = p.get("status");
            TimeLimit limit = new TimeLimit(p.get("id"), p.row(), days, from, extension,
                    extension == null ? null : extensionStatus, status);
            rows.add(new Row(p, limit, receivedBy, service, p.origin(file, sheet)));
        }
        if (allClean && content.everyRowRead() && rows.size() == content.rows().size()) {
            for (Body body : Body.values()) {
                if (!byKey.containsKey(body + "|null")) {
                    problems.add(ProblemKind.TIME_LIMIT_GAP.at(file, sheet, "A" + (content.lastRow() + 2), body));
                }
            }
        }
        return rows;
    }
}

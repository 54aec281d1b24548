package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.rules.DirectCourtAccess;

/**
 * Services whose law allows court without the pre-trial appeal: one row per service and day. Days on
 * which no row names a service are no gap: the pre-trial appeal is then simply required.
 */
public final class CourtExceptionTable {

    public record Row(ParsedRow parsed, DirectCourtAccess access, RowOrigin origin) {
    }

    private CourtExceptionTable() {
    }

    static List<Row> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Row> rows = new ArrayList<>();
        Map<String, List<ParsedRow>> byService = new LinkedHashMap<>();
        for (ParsedRow p : content.rows()) {
            String service = p.get("serviceCode");
            byService.computeIfAbsent(service, k -> new ArrayList<>()).add(p);
            rows.add(new Row(p, new DirectCourtAccess(p.get("id"), p.row(), service), p.origin(file, sheet)));
        }
        byService.forEach((service, same) -> InForceChecks.of(same).shadowed().forEach(x -> problems.add(
                ProblemKind.SERVICE_DUPLICATE.at(file, sheet, same.get(x.row()).cell("serviceCode"), service,
                        InForceChecks.named(same, x)))));
        return rows;
    }
}

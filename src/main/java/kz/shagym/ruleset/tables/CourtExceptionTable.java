package kz.shagym.ruleset.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.RowOrigin;
import kz.shagym.ruleset.TableProblem;
import kz.shagym.rules.DirectCourtAccess;

/** Services whose law allows court without the pre-trial appeal; one row per service. */
public final class CourtExceptionTable {

    public record Row(ParsedRow parsed, DirectCourtAccess access, RowOrigin origin) {
    }

    private CourtExceptionTable() {
    }

    static List<Row> read(SheetReader.SheetContent content, String file, List<TableProblem> problems) {
        String sheet = content.schema().name();
        List<Row> rows = new ArrayList<>();
        Map<String, ParsedRow> byService = new HashMap<>();
        for (ParsedRow p : content.rows()) {
            String service = p.get("serviceCode");
            ParsedRow same = byService.putIfAbsent(service, p);
            if (same != null) {
                problems.add(ProblemKind.SERVICE_DUPLICATE.at(file, sheet, p.cell("serviceCode"), service, same.cell("serviceCode")));
                continue;
            }
            rows.add(new Row(p, new DirectCourtAccess(p.get("id"), p.row(), service), p.origin(file, sheet)));
        }
        return rows;
    }
}

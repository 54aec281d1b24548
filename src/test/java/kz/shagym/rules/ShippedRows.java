package kz.shagym.rules;

import java.util.List;
import java.util.Map;
import kz.shagym.ruleset.SheetData;

/** The data rows of a shipped table as Excel shows them, by column key. */
final class ShippedRows {

    private ShippedRows() {
    }

    static List<Map<String, String>> of(String sheet) {
        return ShippedRuleSet.get().sheets().stream().filter(s -> s.sheet().equals(sheet)).findFirst().orElseThrow()
                .rows().stream().map(SheetData.RowData::cells).toList();
    }

    static Map<String, String> row(String sheet, String id) {
        return of(sheet).stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }
}

package kz.shagym.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.shagym.ruleset.RuleSetSource;

/**
 * A rule set with many more rows where one complaint can match several: service rows for every
 * addressee in turn in time limits (two rows per code {@code GEN-0}, {@code GEN-1}, ...) and one
 * court exception per code {@code GEN-0}, {@code GEN-3}, {@code GEN-6}, ... Each row can fire.
 * Routing is left as shipped here; {@link ServiceRows} also grows routing (it has a service-code
 * column, so a service's rows are reachable) and is what the table-size benchmarks use.
 */
public final class ExtraServiceRows {

    private ExtraServiceRows() {
    }

    /** The source with {@code rows} extra rows in time limits and as many in court exceptions. */
    public static RuleSetSource added(RuleSetSource source, int rows) {
        TableEdit limits = TableEdit.of(source.file("decision-tables/time-limits.drl.xlsx"));
        TableEdit court = TableEdit.of(source.file("decision-tables/court-exceptions.drl.xlsx"));
        for (int i = 0; i < rows; i++) {
            Body body = Body.values()[i % Body.values().length];
            limits.append(cells("id", "TG" + i, "receivedBy", body.name(), "serviceCode", "GEN-" + (i / 2),
                    "reviewWorkingDays", 5 + i % 20, "countedFrom", i % 2 == 0 ? "REGISTRATION" : "RECEIPT",
                    "legalBasis", "Тест", "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест"));
            court.append(cells("id", "CG" + i, "serviceCode", "GEN-" + (i * 3), "legalBasis", "Тест",
                    "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест"));
        }
        return source.with("decision-tables/time-limits.drl.xlsx", limits.bytes())
                .with("decision-tables/court-exceptions.drl.xlsx", court.bytes());
    }

    private static Map<String, Object> cells(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}

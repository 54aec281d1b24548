package kz.shagym.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.shagym.ruleset.RuleSetSource;

/**
 * A rule set grown with generated service rows, every one of them reachable, so that a table's
 * activation group holds many rows and a complaint with a generated code meets a service row first.
 * The differential tests and the table-size benchmarks build their big sets here, so that what is
 * proven equal is what is measured.
 *
 * <ul>
 *   <li>time limits: row {@code i} is for addressee {@code i % 6} and code {@code GEN-(i / 2)};</li>
 *   <li>routing: row {@code i} is for respondent {@code i % 3} and code {@code GEN-(i / 3)}, with any
 *       subject and addressee; its outcome cycles by code through forward, review and redirect;</li>
 *   <li>court exceptions: row {@code i} names code {@code GEN-(3 i)}.</li>
 * </ul>
 */
public final class ServiceRows {

    private ServiceRows() {
    }

    /** The code the generated rows share: {@code GEN-0}, {@code GEN-1}, … */
    public static String code(int n) {
        return "GEN-" + n;
    }

    /** The set with so many generated rows appended to its time-limits, routing and court-exceptions tables. */
    public static RuleSetSource addTo(RuleSetSource source, int timeLimitRows, int routingRows, int courtRows) {
        String limitsFile = RuleSetSource.TABLES_DIR + "time-limits.drl.xlsx";
        String routingFile = RuleSetSource.TABLES_DIR + "routing.drl.xlsx";
        String courtFile = RuleSetSource.TABLES_DIR + "court-exceptions.drl.xlsx";
        TableEdit limits = TableEdit.of(source.file(limitsFile));
        for (int i = 0; i < timeLimitRows; i++) {
            limits.append(cells("id", "TG" + i, "receivedBy", Body.values()[i % Body.values().length].name(),
                    "serviceCode", code(i / 2), "reviewWorkingDays", 5 + i % 20,
                    "countedFrom", i % 2 == 0 ? "REGISTRATION" : "RECEIPT",
                    "legalBasis", "Тест", "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест"));
        }
        TableEdit routing = TableEdit.of(source.file(routingFile));
        for (int i = 0; i < routingRows; i++) {
            routing.append(route(i));
        }
        TableEdit court = TableEdit.of(source.file(courtFile));
        for (int i = 0; i < courtRows; i++) {
            court.append(cells("id", "CG" + i, "serviceCode", code(i * 3), "legalBasis", "Тест",
                    "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест"));
        }
        return source.with(limitsFile, limits.bytes()).with(routingFile, routing.bytes()).with(courtFile, court.bytes());
    }

    private static Map<String, Object> route(int i) {
        int code = i / 3;
        Map<String, Object> row = cells("id", "RG" + i, "respondent", Respondent.values()[i % 3].name(),
                "serviceCode", code(code), "legalBasis", "Тест", "status", "ASSUMPTION", "textRu", "Тест", "textKk", "Тест");
        switch (code % 3) {
            case 0 -> row.putAll(cells("outcome", "FORWARD_TO_REVIEWING_BODY", "reviewingBody",
                    code % 2 == 0 ? "HIGHER_BODY" : "QUALITY_CONTROL_BODY", "forwardingRequired", "Да",
                    "forwardingWorkingDays", 1 + i % 10));
            case 1 -> row.putAll(cells("outcome", "REVIEW_BY_RECEIVING_BODY",
                    "reviewingBody", Body.values()[i % Body.values().length].name(), "forwardingRequired", "Нет"));
            default -> row.putAll(cells("outcome", "REDIRECT_TO_COMPETENT_BODY", "forwardingRequired", "Да",
                    "forwardingWorkingDays", 3, "competentAddressees", "SERVICE_PROVIDER, QUALITY_CONTROL_BODY"));
        }
        return row;
    }

    private static Map<String, Object> cells(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}

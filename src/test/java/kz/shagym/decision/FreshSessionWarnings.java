package kz.shagym.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.rules.Notice;
import kz.shagym.rules.RuleStatus;

/**
 * The warnings of an answer (ruling 2 of the product owner): one for every explanation whose row or
 * rule is not {@code LAW}, named by its row id or rule, in the order of the explanations; then the
 * rules' notices (unverified calendar days by date, the calendar's end, ...) in a fixed order.
 *
 * <p>A frozen copy of {@code Warnings} as it was before issue 10, for {@link FreshSessionEvaluator}.
 */
final class FreshSessionWarnings {

    private static final Pattern ROW_ID = Pattern.compile("\\(([^()]+)\\)$");
    private static final List<String> NOTICE_ORDER = List.of("EXTENSION_", "CALENDAR_DAY_", "DEADLINE_BEYOND_CALENDAR",
            "COURT_EXCEPTIONS_NOT_CHECKED");

    private FreshSessionWarnings() {
    }

    static List<Warning> of(List<Explanation> explanations, List<Notice> notices) {
        Map<String, Warning> warnings = new LinkedHashMap<>();
        Map<String, Explanation> byRowId = new LinkedHashMap<>();
        for (Explanation e : explanations) {
            String rowId = rowId(e);
            if (rowId != null) {
                byRowId.putIfAbsent(rowId, e);
            }
            if (e.status() != null && e.status() != RuleStatus.LAW) {
                Warning w = fromExplanation(e, rowId);
                warnings.putIfAbsent(w.code() + "|" + e.rule(), w);
            }
        }
        List<Notice> sorted = new ArrayList<>(notices);
        sorted.sort(Comparator.comparingInt(FreshSessionWarnings::noticeRank)
                .thenComparing(Notice::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Notice::rowId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Notice::code));
        for (Notice n : sorted) {
            Explanation named = n.rowId() == null ? null : byRowId.get(n.rowId());
            warnings.putIfAbsent(n.code() + "|" + n.rowId() + "|" + n.date(), new Warning(n.code(),
                    new LocalizedText(n.ru(), n.kk(), n.en()), n.rowId(), named == null ? null : named.rule(),
                    named == null ? null : named.source(), n.date(), n.status()));
        }
        return List.copyOf(warnings.values());
    }

    private static int noticeRank(Notice n) {
        for (int i = 0; i < NOTICE_ORDER.size(); i++) {
            if (n.code().startsWith(NOTICE_ORDER.get(i))) {
                return i;
            }
        }
        return NOTICE_ORDER.size();
    }

    /** Table rows are named "Routing row 4 (R01)"; hand-written rules have no row id. */
    private static String rowId(Explanation e) {
        if (e.source() == null || e.source().row() == null) {
            return null;
        }
        Matcher m = ROW_ID.matcher(e.rule());
        return m.find() ? m.group(1) : null;
    }

    private static Warning fromExplanation(Explanation e, String rowId) {
        String code = codePrefix(e) + e.status();
        boolean assumption = e.status() == RuleStatus.ASSUMPTION;
        String ru = "Ответ опирается на " + (rowId != null ? "строку таблицы «" : "правило «") + e.label().ru() + "» со статусом "
                + e.status() + ": " + (assumption ? "это прочтение текста юристом, а не прямая норма" : "не сверено с официальным текстом")
                + ". Основание: " + e.legalBasisText().ru() + ".";
        String kk = "Жауап " + (rowId != null ? "кестенің «" : "«") + e.label().kk() + (rowId != null ? "» жолына" : "» ережесіне")
                + " сүйенеді, мәртебесі " + e.status() + ": "
                + (assumption ? "бұл заңның тікелей нормасы емес, заңгердің мәтінді оқуы" : "ресми мәтінмен салыстырылмаған")
                + ". Негізі: " + e.legalBasisText().kk() + ".";
        String en = "The answer rests on " + (rowId != null ? "" : "the rule ") + "\"" + e.label().en() + "\", marked "
                + e.status() + ": " + (assumption ? "a lawyer's reading of the text, not the text itself" : "not checked against the official text")
                + ". Basis: " + e.legalBasisText().en() + ".";
        return new Warning(code, new LocalizedText(ru, kk, en), rowId, e.rule(), e.source(), null, e.status());
    }

    private static String codePrefix(Explanation e) {
        String file = e.source() == null || e.source().file() == null ? "" : e.source().file();
        if (file.endsWith("routing.drl.xlsx")) {
            return "ROUTING_";
        }
        if (file.endsWith("time-limits.drl.xlsx")) {
            return "TIME_LIMIT_";
        }
        if (file.endsWith("court-exceptions.drl.xlsx")) {
            return "COURT_EXCEPTION_";
        }
        return "RULE_";
    }
}

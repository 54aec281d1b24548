package kz.shagym.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.rules.Notice;
import kz.shagym.rules.RuleStatus;

/**
 * The warnings of an answer (ruling 2 of the product owner): one for every explanation whose row or
 * rule is not {@code LAW}, named by its row id or rule, in the order of the explanations; then the
 * rules' notices (unverified calendar days by date, the calendar's end, ...) in a fixed order.
 */
final class Warnings {

    private static final Pattern ROW_ID = Pattern.compile("\\(([^()]+)\\)$");
    private static final List<String> NOTICE_ORDER = List.of("EXTENSION_", "CALENDAR_DAY_", "DEADLINE_BEYOND_CALENDAR",
            "COURT_EXCEPTIONS_NOT_CHECKED");
    private static final Comparator<Notice> NOTICE_ORDERING = Comparator.comparingInt(Warnings::noticeRank)
            .thenComparing(Notice::date, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Notice::rowId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Notice::code);

    private Warnings() {
    }

    /** One warning per code and rule among the explanations', one per code, row and day among the notices'. */
    static List<Warning> of(List<RuleExplanation> explained, List<Notice> notices) {
        List<Warning> warnings = new ArrayList<>(explained.size() + notices.size());
        for (RuleExplanation e : explained) {
            if (e.warning() != null && !contains(warnings, 0, e.warning().code(), e.explanation().rule())) {
                warnings.add(e.warning());
            }
        }
        int fromNotices = warnings.size();
        List<Notice> sorted = new ArrayList<>(notices);
        sorted.sort(NOTICE_ORDERING);
        for (Notice n : sorted) {
            if (containsNotice(warnings, fromNotices, n)) {
                continue;
            }
            Explanation named = n.rowId() == null ? null : byRowId(explained, n.rowId());
            warnings.add(new Warning(n.code(), new LocalizedText(n.ru(), n.kk(), n.en()), n.rowId(),
                    named == null ? null : named.rule(), named == null ? null : named.source(), n.date(), n.status()));
        }
        return warnings;
    }

    private static boolean contains(List<Warning> warnings, int from, String code, String rule) {
        for (int i = from; i < warnings.size(); i++) {
            if (warnings.get(i).code().equals(code) && Objects.equals(warnings.get(i).rule(), rule)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNotice(List<Warning> warnings, int from, Notice n) {
        for (int i = from; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            if (w.code().equals(n.code()) && Objects.equals(w.rowId(), n.rowId()) && Objects.equals(w.date(), n.date())) {
                return true;
            }
        }
        return false;
    }

    /** The first explanation of that table row, as the warning names it. */
    private static Explanation byRowId(List<RuleExplanation> explained, String rowId) {
        for (RuleExplanation e : explained) {
            if (rowId.equals(e.rowId())) {
                return e.explanation();
            }
        }
        return null;
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
    static String rowId(Explanation e) {
        if (e.source() == null || e.source().row() == null) {
            return null;
        }
        Matcher m = ROW_ID.matcher(e.rule());
        return m.find() ? m.group(1) : null;
    }

    static Warning fromExplanation(Explanation e, String rowId) {
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

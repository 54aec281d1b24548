package kz.shagym.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Audit records as CSV (RFC 4180): a header line, CRLF line ends, and a field quoted when it holds a
 * comma, a quote or a line break, with its quotes doubled. JSON columns are the stored canonical text.
 *
 * <p>Auditors open it in Excel: it starts with a UTF-8 byte-order mark so Cyrillic shows, and a field
 * that Excel would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading
 * apostrophe. The JSON API keeps every value exact; this guard applies to the spreadsheet export only.
 */
final class DecisionCsv {

    static final List<String> HEADER = List.of("seq", "decisionId", "recordedAt", "client", "whatIf",
            "rulesetVersion", "complaintId", "request", "answer", "firedRules", "prevHash", "hash");

    private final Writer out;
    private final CanonicalJson json;

    DecisionCsv(Writer out, CanonicalJson json) {
        this.out = out;
        this.json = json;
    }

    static final char BYTE_ORDER_MARK = '\uFEFF';

    void header() {
        try {
            out.write(BYTE_ORDER_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line(HEADER);
    }

    void row(AuditRecord r) {
        line(List.of(Long.toString(r.seq()), r.decisionId(), r.recordedAt().toString(), r.client(),
                Boolean.toString(r.whatIf()), r.rulesetVersion(), text(r.complaintId()), json.write(r.request()),
                json.write(r.answer()), json.write(r.firedRules()), r.prevHash(), r.hash()));
    }

    static String field(String raw) {
        String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private void line(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}

package kz.shagym.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The audit's CSV export ({@code decisions.csv}, see {@link DecisionCsv}) read back, one record at a
 * time: the requests it holds, to decide them again away from the server. What-if decisions are left
 * out, as on the server. The export's spreadsheet guard (a leading apostrophe) is taken off again.
 */
public final class DecisionCsvReader {

    private static final List<String> NEEDED = List.of("seq", "decisionId", "recordedAt", "whatIf", "rulesetVersion",
            "request");

    private DecisionCsvReader() {
    }

    /**
     * @throws NotAnExport when the text is not the audit's export (a column missing, a value unreadable)
     */
    public static void read(Reader in, Consumer<RecordedRequest> consumer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(withoutByteOrderMark(in), format)) {
            List<String> missing = NEEDED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new NotAnExport("the columns " + missing + " are missing; expected the header " + DecisionCsv.HEADER);
            }
            for (CSVRecord row : parser) {
                if (!Boolean.parseBoolean(value(row, "whatIf"))) {
                    consumer.accept(request(row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            if (e instanceof NotAnExport) {
                throw e;
            }
            throw new NotAnExport(e.getMessage());
        }
    }

    private static RecordedRequest request(CSVRecord row) {
        try {
            return new RecordedRequest(Long.parseLong(value(row, "seq")), value(row, "decisionId"),
                    Instant.parse(value(row, "recordedAt")), value(row, "rulesetVersion"), value(row, "request"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new NotAnExport("line " + row.getRecordNumber() + ": " + e.getMessage());
        }
    }

    private static String value(CSVRecord row, String column) {
        String raw = row.get(column);
        return raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@\t\r".indexOf(raw.charAt(1)) >= 0 ? raw.substring(1) : raw;
    }

    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        java.io.PushbackReader reader = new java.io.PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != DecisionCsv.BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }

    /** The file given is not the audit's CSV export. */
    public static final class NotAnExport extends IllegalArgumentException {
        NotAnExport(String message) {
            super(message);
        }
    }
}

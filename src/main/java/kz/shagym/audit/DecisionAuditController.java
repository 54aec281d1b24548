package kz.shagym.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The auditor's view of stored decisions: one, a search (JSON or CSV), and a replay. */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionAuditController {

    static final String TEXT_CSV = "text/csv";

    private final DecisionLog log;
    private final DecisionReplay replay;
    private final AuditSettings settings;

    DecisionAuditController(DecisionLog log, DecisionReplay replay, AuditSettings settings) {
        this.log = log;
        this.replay = replay;
        this.settings = settings;
    }

    @GetMapping("/{decisionId}")
    AuditRecord one(@PathVariable String decisionId) {
        return log.find(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    DecisionPage search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String version, @RequestParam(required = false) String client,
            @RequestParam(required = false) String complaintId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (size > settings.maxPageSize()) {
            throw new InvalidDecisionQuery("size must be at most " + settings.maxPageSize() + ".");
        }
        return log.search(query(from, to, version, client, complaintId, page, size));
    }

    /** The same search as CSV, every match, oldest first, streamed. */
    @GetMapping(produces = TEXT_CSV)
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String version,
            @RequestParam(required = false) String client, @RequestParam(required = false) String complaintId) {
        DecisionQuery query = query(from, to, version, client, complaintId, 0, 1);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            log.exportCsv(query, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"decisions.csv\"")
                .body(body);
    }

    /** With {@code ?trace=true}, also the trace under the recorded version, as the decision gave it. */
    @PostMapping("/{decisionId}/replay")
    Object replay(@PathVariable String decisionId, @RequestParam(name = "trace", defaultValue = "false") boolean trace) {
        ReplayReport report = replay.replay(decisionId);
        return trace ? new TracedReplay(report, replay.trace(decisionId)) : report;
    }

    private DecisionQuery query(String from, String to, String version, String client, String complaintId,
            int page, int size) {
        try {
            return new DecisionQuery(instant("from", from, false), instant("to", to, true), blankToNull(version),
                    blankToNull(client), blankToNull(complaintId), page, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidDecisionQuery(e.getMessage() + ".");
        }
    }

    /**
     * A day ({@code 2025-03-19}, in Kazakhstan time) or an instant with its offset. A day as
     * {@code to} includes that whole day.
     */
    private Instant instant(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(settings.zone()).toInstant();
            }
            // an unencoded "+05:00" in a query string arrives as " 05:00"
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidDecisionQuery(
                    "'" + name + "' must be a date (2025-03-19) or a date and time with offset (2025-03-19T10:00:00+05:00).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

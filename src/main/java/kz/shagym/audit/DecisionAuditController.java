package kz.shagym.audit;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's view of stored decisions: one, a search (JSON or CSV), and a replay. What each answers,
 * with examples, is in {@link DecisionAuditApiDocs}.
 */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionAuditController implements DecisionAuditApiDocs {

    static final String TEXT_CSV = "text/csv";

    private final DecisionLog log;
    private final DecisionReplay replay;
    private final AuditSettings settings;

    DecisionAuditController(DecisionLog log, DecisionReplay replay, AuditSettings settings) {
        this.log = log;
        this.replay = replay;
        this.settings = settings;
    }

    @Override
    @GetMapping(path = "/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public AuditRecord one(@PathVariable String decisionId) {
        return log.find(decisionId).orElseThrow(() -> new DecisionNotFound(decisionId));
    }

    @Override
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public DecisionPage search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String version, @RequestParam(required = false) String client,
            @RequestParam(required = false) String complaintId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (size > settings.maxPageSize()) {
            throw new InvalidDecisionQuery(InvalidDecisionQuery.Reason.PAGING,
                    "size must be at most " + settings.maxPageSize() + ".");
        }
        return log.search(new DecisionSearch(from, to, version, client, complaintId).query(settings.zone(), page, size));
    }

    /** The same search as CSV, every match, oldest first, streamed. */
    @Override
    @GetMapping(produces = TEXT_CSV)
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String version,
            @RequestParam(required = false) String client, @RequestParam(required = false) String complaintId) {
        DecisionQuery query = new DecisionSearch(from, to, version, client, complaintId).query(settings.zone(), 0, 1);
        return DecisionCsvDownload.of(log, query);
    }

    /** With {@code ?trace=true}, also the trace under the recorded version, as the decision gave it. */
    @Override
    @PostMapping(path = "/{decisionId}/replay", produces = MediaType.APPLICATION_JSON_VALUE)
    public Object replay(@PathVariable String decisionId, @RequestParam(name = "trace", defaultValue = "false") boolean trace) {
        ReplayReport report = replay.replay(decisionId);
        return trace ? new TracedReplay(report, replay.trace(decisionId)) : report;
    }
}

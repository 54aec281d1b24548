package kz.shagym.workbench;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import kz.shagym.audit.AuditRecord;
import kz.shagym.audit.DecisionCsvDownload;
import kz.shagym.audit.DecisionLog;
import kz.shagym.audit.DecisionReplay;
import kz.shagym.audit.DecisionPage;
import kz.shagym.audit.DecisionQuery;
import kz.shagym.audit.DecisionSearch;
import kz.shagym.audit.InvalidDecisionQuery;
import kz.shagym.decision.Decision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The auditor's view (AUDITOR): search the decisions, open one, replay it, verify the chain, export CSV.
 * Date-only searches are days in Kazakhstan, the whole "to" day included, as in the audit API.
 */
@Controller
@RequestMapping("/workbench/audit")
class AuditController {

    private static final Pattern DOTTED_DAY = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

    private final DecisionLog log;
    private final DecisionReplay replays;
    private final DecisionCalendars calendars;
    private final WorkbenchSettings settings;

    AuditController(DecisionLog log, DecisionReplay replays, DecisionCalendars calendars, WorkbenchSettings settings) {
        this.log = log;
        this.replays = replays;
        this.calendars = calendars;
        this.settings = settings;
    }

    /** The search form's fields, echoed back into the form. */
    record Filters(String from, String to, String version, String client, String complaintId) {

        /** The criteria as the audit log reads them, each field stripped of the spaces a form keeps. */
        DecisionSearch search() {
            return new DecisionSearch(day(from), day(to), strip(version), strip(client), strip(complaintId));
        }

        /** A day as the page writes it (dd.mm.yyyy) in the ISO form the audit log reads; anything else as typed. */
        private static String day(String value) {
            String typed = strip(value);
            return typed != null && DOTTED_DAY.matcher(typed).matches()
                    ? typed.substring(6) + "-" + typed.substring(3, 5) + "-" + typed.substring(0, 2) : typed;
        }

        private static String strip(String value) {
            return value == null ? null : value.strip();
        }

        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "from", from);
            append(q, "to", to);
            append(q, "version", version);
            append(q, "client", client);
            append(q, "complaintId", complaintId);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
    }

    /** A found decision with the two things an auditor scans a list for. */
    record Found(AuditRecord record, String outcome, String complaintId) {
    }

    @GetMapping
    String search(@ModelAttribute("filters") Filters filters, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "false") boolean verify, Model model) {
        try {
            DecisionPage found = log.search(query(filters, Math.max(page, 0), settings.pageSize()));
            model.addAttribute("found", found);
            model.addAttribute("rows", found.items().stream().map(AuditController::found).toList());
            model.addAttribute("pages", (int) Math.max(1, (found.total() + found.size() - 1) / found.size()));
        } catch (InvalidDecisionQuery e) {
            model.addAttribute("errorKey", errorKey(e));
        }
        if (verify) {
            model.addAttribute("verification", log.verify());
        }
        model.addAttribute("exportQuery", filters.query());
        return "workbench/audit";
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filters") Filters filters) {
        DecisionQuery query;
        try {
            query = query(filters, 0, 1);
        } catch (InvalidDecisionQuery e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, errorKey(e));
        }
        return DecisionCsvDownload.of(log, query);
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable String id, Model model, @ModelAttribute(name = "texts", binding = false) Texts texts) {
        show(record(id), model, texts);
        return "workbench/audit-decision";
    }

    @PostMapping("/decisions/{id}/replay")
    @ShowsProblemsOn("workbench/audit-decision")
    String replay(@PathVariable String id, Model model, @ModelAttribute(name = "texts", binding = false) Texts texts) {
        AuditRecord record = record(id);
        show(record, model, texts);
        model.addAttribute("replay", replays.replay(record.decisionId()));
        return "workbench/audit-decision";
    }

    private AuditRecord record(String id) {
        return log.find(id).orElseThrow(() -> new UnknownDecision(id));
    }

    private void show(AuditRecord record, Model model, Texts texts) {
        Decision answer = replays.answer(record);
        model.addAttribute("record", record);
        model.addAttribute("facts", replays.facts(record));
        model.addAttribute("decision", answer);
        model.addAttribute("months", calendars.of(answer, replays.facts(record), texts));
    }

    private static Found found(AuditRecord r) {
        var outcome = r.answer().get("outcome");
        return new Found(r, outcome == null || outcome.isNull() ? "" : outcome.asString(), r.complaintId());
    }

    private DecisionQuery query(Filters f, int page, int size) {
        return f.search().query(settings.zone(), page, size);
    }

    /** The key of the page's text for what the search could not take. */
    private static String errorKey(InvalidDecisionQuery e) {
        return e.reason() == InvalidDecisionQuery.Reason.TO_BEFORE_FROM ? "audit.error.to-before-from" : "audit.error.date";
    }
}

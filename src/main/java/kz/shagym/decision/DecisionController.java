package kz.shagym.decision;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/decisions}: the facts of one complaint in, what the law requires out. What it answers,
 * with examples, is in {@link DecisionApiDocs}.
 */
@RestController
@RequestMapping("/api/v1/decisions")
class DecisionController implements DecisionApiDocs {

    private final DecisionService decisions;
    private final ComplaintFactsReader reader;

    DecisionController(DecisionService decisions, FactDates dates) {
        this.decisions = decisions;
        this.reader = new ComplaintFactsReader(dates);
    }

    @Override
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public Object decide(HttpServletRequest request,
            @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "trace", required = false) String trace,
            Principal principal) throws IOException {
        String key = InvalidIdempotencyKey.check(request);
        TraceParameter traced = TraceParameter.read(trace);
        ComplaintFacts facts = traced.withBodyErrors(
                () -> reader.read(request.getInputStream(), request.getParameterMap().keySet(), version));
        Released released = decisions.release(facts, version, principal.getName(), key);
        Decision decision = released.decision();
        if (!traced.asked()) {
            // the recorded text, as it is: in one write, with its length, and not written a second time
            return released.json() == null ? decision
                    : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(released.json());
        }
        // Under the version that decided, not "the active one", which may have changed meanwhile.
        return new TracedDecision(decision, decisions.trace(facts, decision.rulesetVersion()));
    }
}

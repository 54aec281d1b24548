package kz.shagym.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import kz.shagym.rules.ComplaintFacts;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/decisions}: the facts of one complaint in, what the law requires out. */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
class DecisionController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final DecisionService decisions;
    private final ComplaintFactsReader reader;

    DecisionController(DecisionService decisions, FactDates dates) {
        this.decisions = decisions;
        this.reader = new ComplaintFactsReader(dates);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide where a complaint goes and by when",
            description = "Decides under the active rule set, or under `version` (what-if), and records the"
                    + " decision in the audit log before answering. With `trace=true` the answer also carries"
                    + " `trace[]` (see the parameter); without it there is no `trace` field at all.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = DecisionRequestSchema.class))))
    @ApiResponse(responseCode = "200", description = "The decision; with `trace=true`, also `trace`: an array of"
            + " TraceEntry, one per row of routing, time limits and court exceptions, in table order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Decision.class),
                    schemaProperties = @SchemaProperty(name = "trace", array = @ArraySchema(
                            schema = @Schema(implementation = TraceEntry.class),
                            arraySchema = @Schema(description = "Only with `trace=true`: every table row considered,"
                                    + " `{rule, id, source, matched, fired, shadowedBy, failedCondition: {column,"
                                    + " expected, actual}}`; not stored in the audit log, replay reproduces it")))))
    @ApiResponse(responseCode = "400", description = "A malformed body (SHG-REQ-400) or Idempotency-Key header"
            + " (SHG-IDEM-400)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "`version` names no stored rule set (SHG-RULESET-404)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Facts that cannot be true, listed in `errors` like a 400"
            + " (SHG-REQ-422): a date outside the supported window, or a registration, favourable act or `asOf`"
            + " before `receivedOn`; or no rule covers these facts (SHG-DEC-422); or the Idempotency-Key was used for another"
            + " request (SHG-IDEM-422)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "503", description = "The audit record could not be written, so no decision"
            + " is released (SHG-AUDIT-503)", content = @Content(mediaType = PROBLEM_JSON))
    Object decide(HttpServletRequest request,
            @Parameter(description = "A rule set version id, for a what-if decision; the active set when absent")
            @RequestParam(name = "version", required = false) String version,
            @Parameter(description = "`true` adds `trace[]`: why each table row did or did not apply (the first"
                    + " failed condition, or the row that fired instead). `false` or absent: no trace.",
                    schema = @Schema(allowableValues = {"true", "false"}))
            @RequestParam(name = "trace", required = false) String trace,
            @Parameter(description = "Optional, 1-255 visible ASCII characters, unique per request of this caller:"
                    + " the same key with the same body and `version` answers the decision stored the first time"
                    + " (same `decisionId`, nothing new recorded) for at least 24 hours; with another body, 422"
                    + " SHG-IDEM-422; a malformed key, 400 SHG-IDEM-400")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal principal) throws IOException {
        String key = InvalidIdempotencyKey.check(idempotencyKey);
        TraceParameter traced = TraceParameter.read(trace);
        ComplaintFacts facts = traced.withBodyErrors(
                () -> reader.read(request.getInputStream(), request.getParameterMap().keySet(), version));
        Decision decision = key == null ? decisions.decide(facts, version, principal.getName())
                : decisions.decide(facts, version, principal.getName(), key);
        if (!traced.asked()) {
            return decision;
        }
        // Under the version that decided, not "the active one", which may have changed meanwhile.
        return new TracedDecision(decision, decisions.trace(facts, decision.rulesetVersion()));
    }
}

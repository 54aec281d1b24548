package kz.shagym.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shagym.decision.TraceEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The OpenAPI description of {@link DecisionAuditController}, kept apart so that the controller reads as
 * code. The problems every operation shares are added by the web layer; keep {@code docs/api.md} in step.
 */
@Tag(name = "Audit")
interface DecisionAuditApiDocs {

    String JSON = "application/json";
    String PROBLEM = "application/problem+json";
    String SEARCH = "AUDITOR. Every criterion is optional. `from` and `to` are a day (`2025-03-19`, in"
            + " `shagym.audit.zone`, Asia/Almaty; a day as `to` includes that whole day) or an instant with its"
            + " offset (`2025-03-19T10:00:00+05:00`). With `Accept: application/json`: one page, newest first, and"
            + " the total. With `Accept: text/csv`: every match, oldest first, streamed as `decisions.csv` (UTF-8 with"
            + " a byte order mark; request, answer and fired rules as JSON in their cells, as CSV can hold no"
            + " objects); `page` and `size` do not apply.";
    String FROM = "From this day or instant on";
    String TO = "Up to this day (inclusive) or instant";
    String VERSION = "Decided under this rule set version";
    String CLIENT = "Asked by this caller (the signed-in name)";
    String COMPLAINT = "The caller's own complaint reference";

    @Operation(summary = "Read one recorded decision",
            description = "AUDITOR. The record exactly as chained: the request as decided, the answer as released,"
                    + " the version, the rules that fired, the caller, the time, and its link in the hash chain"
                    + " (`hash` = SHA-256 over `prevHash` and the canonical JSON of the other fields). A record never"
                    + " changes; its ETag is the SHA-256 of this answer. It keeps `Cache-Control: no-store`, as it"
                    + " holds a complaint's facts.")
    @ApiResponse(responseCode = "200", description = "The record", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = AuditRecord.class),
            examples = @ExampleObject(name = "record", ref = "#/components/examples/audit-record")))
    @ApiResponse(responseCode = "404", description = "No such decision in the log (SHG-AUDIT-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-AUDIT-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-AUDIT-404", "title": "Unknown decision", "status": 404,
                     "detail": "No decision '773a8e1d-f6e3-4feb-b9c0-c335d5ebef04' is in the audit log.",
                     "instance": "/api/v1/decisions/773a8e1d-f6e3-4feb-b9c0-c335d5ebef04", "code": "SHG-AUDIT-404"}""")))
    AuditRecord one(@Parameter(description = "The decision's id, as its answer gave it",
            example = "773a8e1d-f6e3-4feb-b9c0-c335d5ebef04") String decisionId);

    @Operation(summary = "Search recorded decisions (JSON, paged; or CSV, all)", description = SEARCH)
    @ApiResponse(responseCode = "200", description = "A page of records, or all of them as CSV", content = {
        @Content(mediaType = JSON, schema = @Schema(implementation = DecisionPage.class),
                examples = @ExampleObject(name = "page", ref = "#/components/examples/decision-page")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                examples = @ExampleObject(name = "csv", ref = "#/components/examples/decisions-csv"))})
    @ApiResponse(responseCode = "400", description = "A date that cannot be read, `to` before `from`, a page out of"
            + " bounds (SHG-AUDIT-400); `page` or `size` not a number (SHG-REQ-400)", content = @Content(
            mediaType = PROBLEM, examples = {@ExampleObject(name = "SHG-AUDIT-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-AUDIT-400", "title": "Invalid decision search",
                     "status": 400, "detail": "'from' must be a date (2025-03-19) or a date and time with offset\
                     (2025-03-19T10:00:00+05:00).", "instance": "/api/v1/decisions", "code": "SHG-AUDIT-400"}"""),
                @ExampleObject(name = "SHG-REQ-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-REQ-400", "title": "Invalid request", "status": 400,
                     "detail": "The request has 1 error; see 'errors'.", "instance": "/api/v1/decisions",
                     "code": "SHG-REQ-400", "errors": [{"field": "size", "code": "WRONG_TYPE",
                     "message": "'size' must be a number"}]}""")}))
    @ApiResponse(responseCode = "406", description = "`Accept` names neither JSON nor CSV (SHG-HTTP-406)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-HTTP-406", value = """
                    {"type": "https://shagym.kz/problems/SHG-HTTP-406", "title": "Not acceptable", "status": 406,
                     "detail": "None of the media types in the Accept header can be produced here; this resource\
                     produces application/json, text/csv.", "instance": "/api/v1/decisions", "code": "SHG-HTTP-406"}""")))
    DecisionPage search(@Parameter(description = FROM, example = "2025-03-01") String from,
            @Parameter(description = TO, example = "2025-03-31") String to,
            @Parameter(description = VERSION) String version,
            @Parameter(description = CLIENT, example = "client") String client,
            @Parameter(description = COMPLAINT, example = "ЖК-2025/001") String complaintId,
            @Parameter(description = "The page, from 0 (JSON only)") int page,
            @Parameter(description = "Records per page, at most `shagym.audit.max-page-size` (500) (JSON only)") int size);

    /** The CSV form of {@link #search}: springdoc merges it into the same operation, so it says the same. */
    @Operation(summary = "Search recorded decisions (JSON, paged; or CSV, all)", description = SEARCH)
    @ApiResponse(responseCode = "200", description = "A page of records, or all of them as CSV", content = {
        @Content(mediaType = JSON, schema = @Schema(implementation = DecisionPage.class),
                examples = @ExampleObject(name = "page", ref = "#/components/examples/decision-page")),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                examples = @ExampleObject(name = "csv", ref = "#/components/examples/decisions-csv"))})
    ResponseEntity<StreamingResponseBody> export(@Parameter(description = FROM, example = "2025-03-01") String from,
            @Parameter(description = TO, example = "2025-03-31") String to,
            @Parameter(description = VERSION) String version,
            @Parameter(description = CLIENT, example = "client") String client,
            @Parameter(description = COMPLAINT, example = "ЖК-2025/001") String complaintId);

    @Operation(summary = "Decide a recorded decision again",
            description = "AUDITOR. The stored facts decided again under the version that decided them (the answer"
                    + " must be equal: `recorded.equal`) and under the version active now, each compared with the"
                    + " stored answer field by field (`decisionId` is not compared). Nothing is recorded. With"
                    + " `trace=true`, also `trace[]` under the recorded version, as the decision would have given it.")
    @ApiResponse(responseCode = "200", description = "Both replays and their differences", content = @Content(
            mediaType = JSON, schema = @Schema(implementation = ReplayReport.class),
            schemaProperties = @SchemaProperty(name = "trace", array = @ArraySchema(
                    schema = @Schema(implementation = TraceEntry.class),
                    arraySchema = @Schema(description = "Only with `trace=true`: every table row considered under the"
                            + " recorded version"))),
            examples = @ExampleObject(name = "replay", ref = "#/components/examples/replay-report")))
    @ApiResponse(responseCode = "404", description = "No such decision in the log (SHG-AUDIT-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-AUDIT-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-AUDIT-404", "title": "Unknown decision", "status": 404,
                     "detail": "No decision '773a8e1d-f6e3-4feb-b9c0-c335d5ebef04' is in the audit log.",
                     "instance": "/api/v1/decisions/773a8e1d-f6e3-4feb-b9c0-c335d5ebef04/replay",
                     "code": "SHG-AUDIT-404"}""")))
    @ApiResponse(responseCode = "409", description = "The recorded version is stored but cannot decide"
            + " (SHG-RULESET-409-UNUSABLE)", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            name = "SHG-RULESET-409-UNUSABLE", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-409-UNUSABLE",
                     "title": "Rule set version cannot decide", "status": 409, "detail": "Версия c5542b20c449…\
                     хранится, но в её таблицах 1 ошибок; по ней нельзя принимать решения. / Version c5542b20c449…\
                     is stored but its tables have 1 problem(s); it cannot decide.",
                     "instance": "/api/v1/decisions/773a8e1d-f6e3-4feb-b9c0-c335d5ebef04/replay",
                     "code": "SHG-RULESET-409-UNUSABLE"}""")))
    @ApiResponse(responseCode = "422", description = "No routing row of the active version covers the recorded facts"
            + " (SHG-DEC-422)", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            name = "SHG-DEC-422", value = """
                    {"type": "https://shagym.kz/problems/SHG-DEC-422", "title": "No rule covers this complaint",
                     "status": 422, "detail": "No routing row covers respondent OFFICIAL received by HIGHER_BODY in rule\
                     set cff6741228fc….", "instance": "/api/v1/decisions/773a8e1d-f6e3-4feb-b9c0-c335d5ebef04/replay",
                     "code": "SHG-DEC-422"}""")))
    @ApiResponse(responseCode = "503", description = "Building a version not in memory overran the build timeout"
            + " (SHG-BUILD-503)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-BUILD-503", ref = "#/components/examples/build-timed-out")))
    Object replay(@Parameter(description = "The decision's id") String decisionId,
            @Parameter(description = "`true` adds the trace under the recorded version") boolean trace);
}

package kz.shagym.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/**
 * The OpenAPI description of {@link DecisionController}, kept apart so that the controller reads as code.
 * Each status has its own example; 401, 403, 413, 415 and the generic 500 are added by the web layer.
 * Keep {@code docs/api.md} in step: {@code ApiContractTest} compares them.
 */
@Tag(name = "Decisions")
interface DecisionApiDocs {

    String JSON = "application/json";
    String PROBLEM = "application/problem+json";

    @Operation(summary = "Decide where a complaint goes and by when",
            description = "CLIENT, ANALYST or APPROVER. Decides under the active rule set, or under `version`"
                    + " (what-if), and records the decision in the hash-chained audit log before answering: no answer"
                    + " without its record. Strict JSON: unknown fields, enum numbers, nulls for required fields and"
                    + " impossible dates are 400, one entry per bad field. With `trace=true` the answer also carries"
                    + " `trace[]` (see the parameter); without it there is no `trace` field at all.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = JSON, schema = @Schema(implementation = DecisionRequestSchema.class),
                            examples = @ExampleObject(name = "provider", ref = "#/components/examples/decision-request"))))
    @ApiResponse(responseCode = "200", description = "The decision; with `trace=true`, also `trace`: an array of"
            + " TraceEntry, one per row of routing, time limits and court exceptions, in table order",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Decision.class),
                    schemaProperties = @SchemaProperty(name = "trace", array = @ArraySchema(
                            schema = @Schema(implementation = TraceEntry.class),
                            arraySchema = @Schema(description = "Only with `trace=true`: every table row considered,"
                                    + " `{rule, id, source, matched, fired, shadowedBy, failedCondition: {column,"
                                    + " expected, actual}}`; not stored in the audit log, replay reproduces it"))),
                    examples = @ExampleObject(name = "forwarded", ref = "#/components/examples/decision")))
    @ApiResponse(responseCode = "400", description = "Malformed: every bad field in `errors` (SHG-REQ-400); or the"
            + " caller's identity is too long for the audit log or holds control characters (SHG-AUDIT-400-IDENTITY);"
            + " or an `Idempotency-Key` that is empty, over 255 characters or not visible ASCII (SHG-IDEM-400)",
            content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-REQ-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-REQ-400", "title": "Invalid request", "status": 400,
                     "detail": "The request has 2 errors; see 'errors'.", "instance": "/api/v1/decisions",
                     "code": "SHG-REQ-400", "errors": [
                       {"field": "respondent", "code": "UNKNOWN_VALUE",
                        "message": "respondent must be one of SERVICE_PROVIDER, OFFICIAL, STATE_CORPORATION_EMPLOYEE"},
                       {"field": "receivedOn", "code": "IMPOSSIBLE_DATE",
                        "message": "receivedOn is not a day of the calendar"}]}"""),
                @ExampleObject(name = "SHG-AUDIT-400-IDENTITY", value = """
                    {"type": "https://shagym.kz/problems/SHG-AUDIT-400-IDENTITY", "title": "Identity cannot be recorded",
                     "status": 400, "detail": "Your identity (user name or token subject) is longer than 128 characters\
                     or contains control characters, so a decision for it could not be recorded in the audit log. No\
                     decision was made. Use an identity of at most 128 printable characters.",
                     "instance": "/api/v1/decisions", "code": "SHG-AUDIT-400-IDENTITY"}"""),
                @ExampleObject(name = "SHG-IDEM-400", value = """
                    {"type": "https://shagym.kz/problems/SHG-IDEM-400", "title": "Invalid Idempotency-Key header",
                     "status": 400, "detail": "Заголовок Idempotency-Key должен содержать от 1 до 255 видимых символов\
                     ASCII. / The Idempotency-Key header must hold 1 to 255 visible ASCII characters.",
                     "instance": "/api/v1/decisions", "code": "SHG-IDEM-400"}""")}))
    @ApiResponse(responseCode = "404", description = "`version` names no stored rule set (SHG-RULESET-404)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version",
                     "status": 404, "detail": "No rule set version 'c5542b20c449' is stored.",
                     "instance": "/api/v1/decisions", "code": "SHG-RULESET-404"}""")))
    @ApiResponse(responseCode = "409", description = "`version` is stored but its tables do not build"
            + " (SHG-RULESET-409-UNUSABLE)", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            name = "SHG-RULESET-409-UNUSABLE", value = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-409-UNUSABLE",
                     "title": "Rule set version cannot decide", "status": 409, "detail": "Версия c5542b20c449…\
                     хранится, но в её таблицах 1 ошибок; по ней нельзя принимать решения. / Version c5542b20c449…\
                     is stored but its tables have 1 problem(s); it cannot decide.", "instance": "/api/v1/decisions",
                     "code": "SHG-RULESET-409-UNUSABLE"}""")))
    @ApiResponse(responseCode = "422", description = "Facts that cannot be true, listed in `errors` like a 400"
            + " (SHG-REQ-422): a date outside the supported window, or a registration, favourable act or `asOf`"
            + " before `receivedOn`; or no rule covers these facts (SHG-DEC-422); or the `Idempotency-Key` was"
            + " used before by this caller with other facts or another `version` (SHG-IDEM-422), nothing decided",
            content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "SHG-REQ-422", value = """
                    {"type": "https://shagym.kz/problems/SHG-REQ-422", "title": "Facts that cannot be true",
                     "status": 422, "detail": "The request is well-formed, but 1 fact cannot be true; see 'errors'.",
                     "instance": "/api/v1/decisions", "code": "SHG-REQ-422", "errors": [
                       {"field": "asOf", "code": "DATE_ORDER", "message": "asOf must not be before receivedOn: the\
                     question cannot be asked before the complaint arrived"}]}"""),
                @ExampleObject(name = "SHG-DEC-422", value = """
                    {"type": "https://shagym.kz/problems/SHG-DEC-422", "title": "No rule covers this complaint",
                     "status": 422, "detail": "No routing row covers respondent OFFICIAL received by HIGHER_BODY in rule\
                     set c5542b20c449….", "instance": "/api/v1/decisions", "code": "SHG-DEC-422"}"""),
                @ExampleObject(name = "SHG-IDEM-422", value = """
                    {"type": "https://shagym.kz/problems/SHG-IDEM-422",
                     "title": "Idempotency key already used for another request", "status": 422,
                     "detail": "Этот Idempotency-Key уже использован с другими фактами или другой версией правил. Для\
                     нового запроса возьмите новый ключ. / This Idempotency-Key was used with other facts or another\
                     rule set version. Use a new key for a new request.", "instance": "/api/v1/decisions",
                     "code": "SHG-IDEM-422"}""")}))
    @ApiResponse(responseCode = "500", description = "The rules derived two answers where there is room for one"
            + " (SHG-DEC-500-AMBIGUOUS): the rule set's fault, not the caller's", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-DEC-500-AMBIGUOUS", value = """
                    {"type": "https://shagym.kz/problems/SHG-DEC-500-AMBIGUOUS",
                     "title": "The rules gave more than one answer", "status": 500, "detail": "The rules of rule set\
                     c5542b20c449… derived 2 Route facts for one complaint; the answer has room for one.",
                     "instance": "/api/v1/decisions", "code": "SHG-DEC-500-AMBIGUOUS"}""")))
    @ApiResponse(responseCode = "503", description = "The audit record could not be written, so no decision is"
            + " released (SHG-AUDIT-503); or building the what-if version overran the build timeout (SHG-BUILD-503)."
            + " Nothing was decided; the same request may succeed later", content = @Content(mediaType = PROBLEM,
            examples = {@ExampleObject(name = "SHG-AUDIT-503", value = """
                    {"type": "https://shagym.kz/problems/SHG-AUDIT-503", "title": "Decision not recorded",
                     "status": 503, "detail": "The audit record could not be written, so no decision was released.\
                     Try again later.", "instance": "/api/v1/decisions", "code": "SHG-AUDIT-503"}"""),
                @ExampleObject(name = "SHG-BUILD-503", ref = "#/components/examples/build-timed-out")}))
    // On the method, not bound to an argument: InvalidIdempotencyKey.check reads the header itself, so that a
    // key the firewall refuses is a 400 SHG-IDEM-400 rather than a 500.
    @Parameter(description = "Optional, 1-255 visible ASCII characters, unique per request of this caller:"
                    + " the same key with the same body and `version` answers the decision stored the first time"
                    + " (same `decisionId`, nothing new recorded) for at least 24 hours; with another body, 422"
                    + " SHG-IDEM-422; a malformed key, 400 SHG-IDEM-400", in = io.swagger.v3.oas.annotations.enums.ParameterIn.HEADER,
                    name = "Idempotency-Key", schema = @Schema(type = "string"))
    Object decide(@Parameter(hidden = true) HttpServletRequest request,
            @Parameter(description = "A rule set version id, for a what-if decision; the active set when absent")
            String version,
            @Parameter(description = "`true` adds `trace[]`: why each table row did or did not apply (the first"
                    + " failed condition, or the row that fired instead). `false` or absent: no trace.",
                    schema = @Schema(allowableValues = {"true", "false"}))
            String trace,
            @Parameter(hidden = true) Principal principal) throws IOException;
}

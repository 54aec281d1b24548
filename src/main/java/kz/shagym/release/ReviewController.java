package kz.shagym.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An approver's answer to a draft other than activating it (APPROVER): reject it, or return it to its
 * author for rework. Body {@code {"reason": "..."}}, required; the answer is the review as stored.
 * Keep {@code docs/api.md} in step: {@code ApiContractTest} compares them.
 */
@RestController
@RequestMapping(path = "/api/v1/rulesets/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rule sets")
class ReviewController {

    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final String REASON_REQUIRED = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-400-REASON", "title": "Reason required",
                     "status": 400, "detail": "Укажите причину (не длиннее 500 знаков): автор версии прочтёт её на странице\
                     версии. / Give a reason (at most 500 characters): the author of the version reads it on its page.",
                     "instance": "/api/v1/rulesets/c5542b20c449…/rejection",
                     "code": "SHG-RULESET-400-REASON"}""";
    private static final String MALFORMED_BODY = """
                    {"type": "https://shagym.kz/problems/SHG-REQ-400", "title": "Invalid request", "status": 400,
                     "detail": "The request has 1 error; see 'errors'.", "instance": "/api/v1/rulesets/c5542b20c449…/return",
                     "code": "SHG-REQ-400", "errors": [{"field": "", "code": "MALFORMED_JSON", "message": "The body could\
                     not be read: it is not valid JSON or does not have the expected shape."}]}""";
    private static final String UNKNOWN_VERSION = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-404", "title": "Unknown rule set version",
                     "status": 404, "detail": "No rule set version 'c5542b20c449' is stored.",
                     "instance": "/api/v1/rulesets/c5542b20c449/rejection", "code": "SHG-RULESET-404"}""";
    private static final String NOT_A_DRAFT = """
                    {"type": "https://shagym.kz/problems/SHG-RULESET-409", "title": "Rule set version state conflict",
                     "status": 409, "detail": "Вернуть на доработку или отклонить можно только черновик, а версия\
                     c5542b20c449… уже не черновик. / Only a draft can be returned for rework or rejected, and version\
                     c5542b20c449… is no longer a draft.",
                     "instance": "/api/v1/rulesets/c5542b20c449…/rejection", "code": "SHG-RULESET-409"}""";

    private final Releases releases;

    ReviewController(Releases releases) {
        this.releases = releases;
    }

    @PostMapping("/rejection")
    @Operation(summary = "Reject a draft, with a reason",
            description = "APPROVER. The draft becomes REJECTED for good and is never activated; the reason is what its"
                    + " author reads on the version's page. The review and the trail entry are written in one"
                    + " transaction. Only a DRAFT is reviewed.")
    @ApiResponse(responseCode = "200", description = "The review as stored", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = VersionReview.class),
            examples = @ExampleObject(name = "rejected", ref = "#/components/examples/version-rejected")))
    @ApiResponse(responseCode = "400", description = "No reason, a blank one or one over 500 characters"
            + " (SHG-RULESET-400-REASON); a body that is not JSON (SHG-REQ-400)", content = @Content(mediaType = PROBLEM,
            examples = {@ExampleObject(name = "SHG-RULESET-400-REASON", value = REASON_REQUIRED),
                @ExampleObject(name = "SHG-REQ-400", value = MALFORMED_BODY)}))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    @ApiResponse(responseCode = "409", description = "The version is not a draft: active, retired, rejected or"
            + " returned already (SHG-RULESET-409)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-RULESET-409", value = NOT_A_DRAFT)))
    VersionReview reject(@Parameter(description = "The draft to reject") @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Why, at most 500 characters: `{\"reason\": \"...\"}`", content = @Content(
                    mediaType = JSON, schema = @Schema(type = "object"), examples = @ExampleObject(name = "reason",
                    value = "{\"reason\": \"Row R23 cites the order before it was published\"}")))
            @RequestBody(required = false) Map<String, String> body,
            @Parameter(hidden = true) Principal principal) {
        return releases.reject(id, principal.getName(), reason(body));
    }

    @PostMapping("/return")
    @Operation(summary = "Return a draft to its author for rework, with a reason",
            description = "APPROVER. The draft becomes RETURNED: it is never activated, and its author publishes a"
                    + " corrected version instead, reading the reason on the version's page and their home page. The"
                    + " review and the trail entry are written in one transaction. Only a DRAFT is reviewed.")
    @ApiResponse(responseCode = "200", description = "The review as stored", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = VersionReview.class),
            examples = @ExampleObject(name = "returned", ref = "#/components/examples/version-returned")))
    @ApiResponse(responseCode = "400", description = "No reason, a blank one or one over 500 characters"
            + " (SHG-RULESET-400-REASON); a body that is not JSON (SHG-REQ-400)", content = @Content(mediaType = PROBLEM,
            examples = {@ExampleObject(name = "SHG-RULESET-400-REASON", value = REASON_REQUIRED),
                @ExampleObject(name = "SHG-REQ-400", value = MALFORMED_BODY)}))
    @ApiResponse(responseCode = "404", description = "No such version (SHG-RULESET-404)", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-RULESET-404", value = UNKNOWN_VERSION)))
    @ApiResponse(responseCode = "409", description = "The version is not a draft: active, retired, rejected or"
            + " returned already (SHG-RULESET-409)", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-RULESET-409", value = NOT_A_DRAFT)))
    VersionReview returnForRework(@Parameter(description = "The draft to return") @PathVariable String id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Why, at most 500 characters: `{\"reason\": \"...\"}`", content = @Content(
                    mediaType = JSON, schema = @Schema(type = "object"), examples = @ExampleObject(name = "reason",
                    value = "{\"reason\": \"Row R23 cites the order before it was published\"}")))
            @RequestBody(required = false) Map<String, String> body,
            @Parameter(hidden = true) Principal principal) {
        return releases.returnForRework(id, principal.getName(), reason(body));
    }

    private static String reason(Map<String, String> body) {
        return body == null ? null : body.get("reason");
    }
}

package kz.shagym.release;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who uploaded, rejected, activated or rolled back what, and when: the administrative trail, newest
 * first. Under the audit API's path for auditors, but the release writes the trail, with each change.
 */
@RestController
@Tag(name = "Audit")
class AdminActionsController {

    private static final int MAX = 1_000;

    private final Releases releases;
    private final JsonMapper json;

    AdminActionsController(Releases releases, JsonMapper json) {
        this.releases = releases;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/audit/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the administrative trail, newest first",
            description = "AUDITOR. Every upload (stored or rejected), activation, rollback and state change, written"
                    + " in the same transaction as the change itself. `detailsObject` holds what the action records"
                    + " (comment, problems; from, reason; from, to); `details` is the same as JSON text, deprecated.")
    @ApiResponse(responseCode = "200", description = "The latest entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = TrailEntry.class)),
                    examples = @ExampleObject(name = "trail", ref = "#/components/examples/admin-actions")))
    List<TrailEntry> recent(@Parameter(description = "How many entries, from the newest; at most 1000")
            @RequestParam(defaultValue = "100") int limit) {
        return releases.trail(Math.max(1, Math.min(limit, MAX))).stream().map(action -> TrailEntry.of(action, json))
                .toList();
    }
}

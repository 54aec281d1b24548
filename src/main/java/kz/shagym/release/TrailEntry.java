package kz.shagym.release;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the administrative trail as {@code GET /api/v1/audit/actions} answers it. The trail stores its
 * details as JSON text, and {@code details} has always carried that text inside a string; the contract never
 * removes or retypes a field, so it stays, deprecated, and {@code detailsObject} carries the same details as
 * an object, parsed when answering (the stored form is unchanged).
 */
@Schema(name = "AdministrativeAction", description = "Who did what to which version, and when")
record TrailEntry(
        long id,
        String actedBy,
        Instant actedAt,
        @Schema(allowableValues = {"UPLOAD", "REJECTED_UPLOAD", "ACTIVATION", "ROLLBACK", "STATE_CHANGE"})
        String action,
        @Schema(description = "The version acted on") String target,
        @Schema(deprecated = true, description = "The details as JSON text inside a string; read `detailsObject`."
                + " Kept for existing clients; removed only in a v2 of the API")
        String details,
        @Schema(implementation = TrailDetails.class, description = "The details as an object; null when there are none")
        JsonNode detailsObject) {

    static TrailEntry of(AdministrativeAction action, JsonMapper json) {
        JsonNode details = action.details() == null ? null : json.readTree(action.details());
        return new TrailEntry(action.id(), action.actedBy(), action.actedAt(), action.action(), action.target(),
                action.details(), details);
    }

    /** For the OpenAPI document only: the members the release writes today; others may be added. */
    @Schema(name = "AdministrativeActionDetails", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
            description = "What the entry's action records; members may be added")
    record TrailDetails(
            @Schema(description = "UPLOAD, REJECTED_UPLOAD: the uploader's comment (empty when none)") String comment,
            @Schema(description = "UPLOAD, REJECTED_UPLOAD: how many cell problems the check found") Integer problems,
            @Schema(description = "ACTIVATION, ROLLBACK: the version replaced (the text \"null\" for the first"
                    + " activation); STATE_CHANGE: the state left") String from,
            @Schema(description = "STATE_CHANGE: the state entered") String to,
            @Schema(description = "ACTIVATION, ROLLBACK: the approver's reason (empty when none)") String reason) {
    }
}

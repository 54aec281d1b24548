package kz.shagym.decision;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.AdditionalPropertiesValue;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import kz.shagym.rules.Body;
import kz.shagym.rules.Respondent;
import kz.shagym.rules.Subject;

/**
 * The request body of {@code POST /api/v1/decisions}, for the OpenAPI document only: the body is read by
 * {@link ComplaintFactsReader}, which is stricter than any binding.
 */
@Schema(name = "DecisionRequest", additionalProperties = AdditionalPropertiesValue.FALSE,
        description = "The facts of one complaint. Unknown fields, enum numbers, nulls for required fields and"
                + " impossible dates are refused with 400 SHG-REQ-400.")
record DecisionRequestSchema(
        @Schema(description = "The caller's own reference, echoed back and kept in the audit",
                maxLength = ComplaintFactsReader.COMPLAINT_ID_MAX, example = "KZ-2025-000123")
        String complaintId,
        @Schema(description = "Which public service", maxLength = ComplaintFactsReader.SERVICE_CODE_MAX,
                pattern = "^[A-Za-z0-9._-]+$", example = "PS-0417")
        String serviceCode,
        @Schema(description = "Whose decision, action or inaction is appealed", requiredMode = RequiredMode.REQUIRED)
        Respondent respondent,
        @Schema(description = "What is appealed")
        Subject subject,
        @Schema(description = "At whose address the complaint arrived", requiredMode = RequiredMode.REQUIRED)
        Body receivedBy,
        @Schema(description = "The day it arrived", requiredMode = RequiredMode.REQUIRED, example = "2025-03-19")
        LocalDate receivedOn,
        @Schema(description = "The day it was registered; defaults to receivedOn, never before it",
                example = "2025-03-19")
        LocalDate registeredOn,
        @Schema(description = "A favourable act or action by the respondent")
        FavorableActSchema favorableAct,
        @Schema(description = "The pre-trial appeal has been decided", defaultValue = "false")
        Boolean preTrialAppealCompleted,
        @Schema(description = "The day the question is asked; only then are overdue and court answers given",
                example = "2025-04-01")
        LocalDate asOf) {

    @Schema(name = "FavorableAct", additionalProperties = AdditionalPropertiesValue.FALSE)
    record FavorableActSchema(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2025-03-20") LocalDate adoptedOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Partial relief does not waive forwarding")
            Boolean fullySatisfies) {
    }
}

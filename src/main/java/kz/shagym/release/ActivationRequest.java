package kz.shagym.release;

import io.swagger.v3.oas.annotations.media.Schema;

/** The optional body of {@code POST /api/v1/rulesets/{id}/activation}. */
@Schema(name = "ActivationRequest")
record ActivationRequest(
        @Schema(description = "Why this version goes live, kept in the activation history and the trail",
                example = "Order No. 12 of 2025-03-14: review periods of the quality-control body")
        String reason) {
}

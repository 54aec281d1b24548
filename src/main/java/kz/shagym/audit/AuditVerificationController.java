package kz.shagym.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditVerificationController {

    private final DecisionLog log;

    AuditVerificationController(DecisionLog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/v1/audit/verification", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify the hash chain",
            description = "AUDITOR. Walks the chain from the first record: each record's position, link and hash."
                    + " Then holds it against the latest trusted signed checkpoint, so records removed from the end"
                    + " or replaced are found too (`RECORDS_MISSING`, `CHECKPOINT_MISMATCH`). A broken chain is"
                    + " still 200, with `valid: false` and why.")
    @ApiResponse(responseCode = "200", description = "Whether the chain holds, and if not, where and why",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Verification.class), examples = {@ExampleObject(name = "valid", ref = "#/components/examples/verification-valid"),
                        @ExampleObject(name = "records missing", ref = "#/components/examples/verification-missing")}))
    @ApiResponse(responseCode = "503", description = "The checkpoint folder cannot be read (SHG-CHECKPOINT-503)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    name = "SHG-CHECKPOINT-503", value = """
                            {"type": "https://shagym.kz/problems/SHG-CHECKPOINT-503", "title": "Checkpoints unavailable",
                             "status": 503, "detail": "The checkpoint folder cannot be read or written now.",
                             "instance": "/api/v1/audit/verification", "code": "SHG-CHECKPOINT-503"}""")))
    Verification verify() {
        return log.verify();
    }
}

package kz.shagym.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The auditor signs the chain head now, or reads the checkpoints with the key that verifies them. */
@RestController
@RequestMapping(path = "/api/v1/audit/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit")
class CheckpointController {

    private static final String PROBLEM = "application/problem+json";

    private final Checkpoints checkpoints;
    private final CheckpointSettings settings;

    CheckpointController(Checkpoints checkpoints, CheckpointSettings settings) {
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Sign the chain head now",
            description = "AUDITOR. Signs \"the record at position `seq` had hash `hash`\" with the Ed25519 key and"
                    + " keeps it as a small file outside the audit tables; since each record's hash covers the one"
                    + " before it, this vouches for every record up to `seq`. Refused when the chain no longer holds"
                    + " what the latest checkpoint signed: a new signature never launders a deletion.")
    @ApiResponse(responseCode = "201", description = "Signed and written",
            headers = @Header(name = "Location", description = "The checkpoint: `/api/v1/audit/checkpoints/{file}`",
                    schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Checkpoint.class),
                    examples = @ExampleObject(name = "checkpoint", ref = "#/components/examples/checkpoint")))
    @ApiResponse(responseCode = "409", description = "The chain does not extend the latest checkpoint (SHG-CHECKPOINT-409):"
            + " `reason` and `missing` say why, as in the verification", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "SHG-CHECKPOINT-409", ref = "#/components/examples/checkpoint-refused")))
    @ApiResponse(responseCode = "503", description = "The checkpoint folder cannot be read or written (SHG-CHECKPOINT-503)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-CHECKPOINT-503", value = """
                    {"type": "https://shagym.kz/problems/SHG-CHECKPOINT-503", "title": "Checkpoints unavailable",
                     "status": 503, "detail": "The checkpoint folder cannot be read or written now.",
                     "instance": "/api/v1/audit/checkpoints", "code": "SHG-CHECKPOINT-503"}""")))
    ResponseEntity<Checkpoint> sign(HttpServletRequest request) {
        Checkpoint checkpoint = checkpoints.sign();
        URI location = URI.create(request.getContextPath() + "/api/v1/audit/checkpoints/" + checkpoint.file());
        return ResponseEntity.created(location).body(checkpoint);
    }

    @GetMapping
    @Operation(summary = "List the checkpoints, newest first, with the key that verifies them",
            description = "AUDITOR. At most `shagym.audit.checkpoints.list-limit` files, each with whether its"
                    + " signature holds under the trusted key; the public key's PEM lets anyone check offline.")
    @ApiResponse(responseCode = "200", description = "The key and the checkpoints", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Listing.class),
            examples = @ExampleObject(name = "checkpoints", ref = "#/components/examples/checkpoint-listing")))
    @ApiResponse(responseCode = "503", description = "The checkpoint folder cannot be listed (SHG-CHECKPOINT-503)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-CHECKPOINT-503", value = """
                    {"type": "https://shagym.kz/problems/SHG-CHECKPOINT-503", "title": "Checkpoints unavailable",
                     "status": 503, "detail": "The checkpoint folder cannot be read or written now.",
                     "instance": "/api/v1/audit/checkpoints", "code": "SHG-CHECKPOINT-503"}""")))
    Listing list() {
        List<Entry> entries = checkpoints.newest(settings.listLimit()).stream().map(Entry::of).toList();
        CheckpointKeys.Verifying key = checkpoints.key();
        return new Listing(key.keyId(), CheckpointKeys.publicPem(key.key()), entries);
    }

    @GetMapping("/{file}")
    @Operation(summary = "Read one checkpoint",
            description = "AUDITOR. The file a signing answered with (its `Location`), with whether its signature"
                    + " holds. A checkpoint file is written once and never changed; its ETag is the SHA-256 of"
                    + " this answer.")
    @ApiResponse(responseCode = "200", description = "The checkpoint", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Entry.class),
            examples = @ExampleObject(name = "checkpoint", ref = "#/components/examples/checkpoint-entry")))
    @ApiResponse(responseCode = "404", description = "The folder holds no checkpoint of that name (SHG-CHECKPOINT-404)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "SHG-CHECKPOINT-404", value = """
                    {"type": "https://shagym.kz/problems/SHG-CHECKPOINT-404", "title": "Unknown checkpoint",
                     "status": 404, "detail": "No checkpoint file 'checkpoint-0000000000000000003-20250319T100000000Z.json'\
                     is in the checkpoint folder.",
                     "instance": "/api/v1/audit/checkpoints/checkpoint-0000000000000000003-20250319T100000000Z.json",
                     "code": "SHG-CHECKPOINT-404"}""")))
    Entry one(@Parameter(description = "The file's name", example = "checkpoint-0000000000000000003-20250319T100000000Z.json")
            @PathVariable String file) {
        return checkpoints.one(file).map(Entry::of).orElseThrow(() -> new CheckpointNotFound(file));
    }

    /**
     * @param publicKey the PEM of the key that verifies trusted checkpoints, for offline checks
     * @param checkpoints newest first
     */
    @Schema(name = "CheckpointListing")
    record Listing(String keyId, String publicKey, List<Entry> checkpoints) {
    }

    /** One file; its fields are null when it could not be read. {@code problem} says why it is not trusted. */
    @Schema(name = "CheckpointEntry")
    record Entry(String file, Long seq, String hash, Instant recordedAt, Instant signedAt, String keyId,
            String algorithm, String signature, boolean trusted,
            @Schema(description = "Why it is not trusted: BAD_SIGNATURE, UNKNOWN_KEY or UNREADABLE; null when trusted")
            String problem) {

        static Entry of(CheckpointTrust.Examined examined) {
            Checkpoint c = examined.checkpoint();
            return c == null
                    ? new Entry(examined.file(), null, null, null, null, null, null, null, false, examined.problem())
                    : new Entry(examined.file(), c.seq(), c.hash(), c.recordedAt(), c.signedAt(), c.keyId(),
                            c.algorithm(), c.signature(), examined.trusted(), examined.problem());
        }
    }
}

package kz.shagym.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The auditor signs the chain head now, or lists the checkpoints with the key that verifies them. */
@RestController
@RequestMapping("/api/v1/audit/checkpoints")
class CheckpointController {

    private final Checkpoints checkpoints;
    private final CheckpointSettings settings;

    CheckpointController(Checkpoints checkpoints, CheckpointSettings settings) {
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Checkpoint sign() {
        return checkpoints.sign();
    }

    @GetMapping
    Listing list() {
        List<Entry> entries = checkpoints.newest(settings.listLimit()).stream().map(Entry::of).toList();
        CheckpointKeys.Verifying key = checkpoints.key();
        return new Listing(key.keyId(), CheckpointKeys.publicPem(key.key()), entries);
    }

    /**
     * @param publicKey the PEM of the key that verifies trusted checkpoints, for offline checks
     * @param checkpoints newest first
     */
    record Listing(String keyId, String publicKey, List<Entry> checkpoints) {
    }

    /** One file; its fields are null when it could not be read. {@code problem} says why it is not trusted. */
    record Entry(String file, Long seq, String hash, Instant recordedAt, Instant signedAt, String keyId,
            boolean trusted, String problem) {

        static Entry of(CheckpointTrust.Examined examined) {
            Checkpoint c = examined.checkpoint();
            return c == null ? new Entry(examined.file(), null, null, null, null, null, false, examined.problem())
                    : new Entry(examined.file(), c.seq(), c.hash(), c.recordedAt(), c.signedAt(), c.keyId(),
                            examined.trusted(), examined.problem());
        }
    }
}

package kz.shagym.audit;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit verification without the server, for the command line ({@code verify-audit}): the same
 * walk and the same checkpoint check as {@code GET /api/v1/audit/verification}, read-only, with a
 * public key of the auditor's choosing.
 */
public final class OfflineVerification {

    private OfflineVerification() {
    }

    /** The key file that the service writes beside its checkpoints. */
    public static Path publicKeyBeside(Path checkpoints) {
        return checkpoints.resolve(CheckpointFolder.PUBLIC_KEY_FILE);
    }

    /** The id of the key in a public key file (what the checkpoints name in {@code keyId}). */
    public static String keyId(Path publicKey) throws IOException {
        return CheckpointKeys.keyId(CheckpointKeys.readPublic(publicKey));
    }

    /**
     * @param checkpoints the folder of checkpoint files
     * @param publicKey the Ed25519 public key (X.509 PEM) that checkpoints must be signed with
     * @throws IOException when the public key cannot be read
     */
    public static Verification verify(DataSource database, Path checkpoints, Path publicKey) throws IOException {
        CheckpointKeys.Verifying key = CheckpointKeys.Verifying.of(CheckpointKeys.readPublic(publicKey));
        CanonicalJson json = new CanonicalJson();
        TransactionTemplate reading = new TransactionTemplate(new JdbcTransactionManager(database));
        reading.setReadOnly(true);
        return new ChainVerifier(new DecisionRecords(database, json), new ChainHash(json), reading,
                new CheckpointTrust(new CheckpointFolder(checkpoints), key)).verify();
    }
}

package kz.shagym.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the signed checkpoints of the audit chain ({@code shagym.audit.checkpoints.*}). A
 * record of its own beside {@link AuditSettings}, so the writer's settings and these change apart.
 *
 * @param dir the folder of checkpoint files; it also receives {@code public-key.pem}
 * @param privateKey the Ed25519 private key (PKCS#8 PEM) that signs; it may hold the public key's PEM
 *        block too. Unset: the embedded demo generates a key pair beside {@code dir} at first start;
 *        the {@code prod} profile refuses to start.
 * @param publicKey the matching public key (X.509 PEM), when the private key file does not hold it
 * @param interval how often the chain head is signed (when it moved), and also at shutdown; {@code 0} = never
 * @param listLimit how many checkpoints {@code GET /api/v1/audit/checkpoints} lists at most
 */
@ConfigurationProperties("shagym.audit.checkpoints")
record CheckpointSettings(
        @DefaultValue("data/checkpoints") Path dir,
        Path privateKey,
        Path publicKey,
        @DefaultValue("10m") Duration interval,
        @DefaultValue("100") int listLimit) {

    CheckpointSettings {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("shagym.audit.checkpoints.interval must not be negative");
        }
        if (listLimit < 1) {
            throw new IllegalArgumentException("shagym.audit.checkpoints.list-limit must be positive");
        }
    }

    boolean periodic() {
        return !interval.isZero();
    }

    /** Where the embedded demo keeps the key it generated: beside the folder, not in it. */
    Path demoKey() {
        return dir.toAbsolutePath().normalize().resolveSibling("checkpoint-signing-key.pem");
    }
}

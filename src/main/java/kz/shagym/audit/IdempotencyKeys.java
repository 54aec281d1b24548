package kz.shagym.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code Idempotency-Key}s of {@code POST /api/v1/decisions} (table {@code decision_idempotency}):
 * which decision a caller's key gave, and for which request. A key is claimed by the writer in the
 * transaction of its decision's record ({@link #claim}); before deciding, a request looks its key up
 * ({@link #find}).
 */
final class IdempotencyKeys {

    /** How long a key gives its first decision back; the issue asks for at least 24 hours. */
    static final Duration RETENTION = Duration.ofHours(24);

    /** A key claimed for a request: the caller, the key, and the SHA-256 of the request's canonical text. */
    record Claim(String client, String key, String requestHash) {
    }

    /** What a live key gave: the decision stored for it and the hash of its request. */
    record Stored(String decisionId, String requestHash) {
    }

    private static final String DELETE_EXPIRED =
            "DELETE FROM decision_idempotency WHERE client = ? AND idempotency_key = ? AND created_at < ?";
    private static final String INSERT = "INSERT INTO decision_idempotency"
            + " (client, idempotency_key, request_hash, decision_id, created_at) VALUES (?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyKeys(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    /** The request's fingerprint: its facts' canonical JSON and the version asked for (none: the active one). */
    static String requestHash(String canonicalFacts, String version) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(canonicalFacts.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update((version == null ? "" : version).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * Deletes the keys older than {@link #RETENTION}: they give nothing back any more, and without this the
     * table would grow with every keyed decision. Their decisions stay in the audit log.
     *
     * @return how many keys were deleted
     */
    int purgeExpired() {
        return jdbc.sql("DELETE FROM decision_idempotency WHERE created_at < :before")
                .param("before", Database.timestamp(clock.instant().minus(RETENTION)))
                .update();
    }

    /** The caller's key, while it lives. */
    Optional<Stored> find(String client, String key) {
        return jdbc.sql("SELECT decision_id, request_hash FROM decision_idempotency"
                        + " WHERE client = :client AND idempotency_key = :key AND created_at >= :since")
                .param("client", client).param("key", key)
                .param("since", Database.timestamp(clock.instant().minus(RETENTION)))
                .query((rs, n) -> new Stored(rs.getString("decision_id"), rs.getString("request_hash")))
                .optional();
    }

    /**
     * Inside the writer's transaction, after the records: claims the keys of the linked records that carry
     * one. An expired row of the same key goes first; a live one makes the insert fail (unique key), and
     * the group is split until only that record fails.
     */
    static void claim(JdbcTemplate template, List<ChainLinks.Linked> rows) {
        List<ChainLinks.Linked> claiming = rows.stream().filter(row -> row.texts().claim() != null).toList();
        for (ChainLinks.Linked row : claiming) {
            Claim claim = row.texts().claim();
            Instant at = row.record().recordedAt();
            template.update(DELETE_EXPIRED, claim.client(), claim.key(), Database.timestamp(at.minus(RETENTION)));
        }
        if (claiming.isEmpty()) {
            return;
        }
        template.batchUpdate(INSERT, claiming, claiming.size(), (PreparedStatement statement, ChainLinks.Linked row) -> {
            Claim claim = row.texts().claim();
            statement.setString(1, claim.client());
            statement.setString(2, claim.key());
            statement.setString(3, claim.requestHash());
            statement.setString(4, row.record().decisionId());
            statement.setObject(5, Database.timestamp(row.record().recordedAt()));
        });
    }
}

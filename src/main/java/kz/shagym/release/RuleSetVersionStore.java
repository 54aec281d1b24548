package kz.shagym.release;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import kz.shagym.decision.UnknownRuleSetVersion;
import kz.shagym.ruleset.RuleSetSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Stores rule set versions with their files, their states, the activation history and the
 * administrative trail. Every change is one transaction with its trail entry; the database itself
 * keeps at most one version active (see {@code V1__rule_set_versions.sql}). Only the release's
 * services use it: everyone else goes through {@link Releases}.
 */
@Repository
@DependsOnDatabaseInitialization
class RuleSetVersionStore {

    private static final int SAVE_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final StoreTransactions transactions;
    private final AdministrativeTrail trail;
    private final Clock clock;

    @Autowired
    RuleSetVersionStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, Clock.systemUTC());
    }

    RuleSetVersionStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        Database database = new Database(dataSource);
        this.jdbc = database.jdbc();
        this.transactions = new StoreTransactions(database, transactions);
        this.trail = new AdministrativeTrail(jdbc);
        this.clock = clock;
    }

    /**
     * Stores a version and its files with its trail entry ({@code UPLOAD} or {@code REJECTED_UPLOAD}
     * by its author) in one transaction and gives it the next sequence number. Content already stored
     * under the same id is not stored again: the stored version is returned, and nothing is added to the trail.
     */
    StoredVersion save(NewVersion version, Map<String, ?> trailDetails) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.write(() -> find(version.id()).orElseGet(() -> {
                    StoredVersion stored = insert(version);
                    trail.record(version.author(), version.state().storedAs(), version.id(), trailDetails, now());
                    return stored;
                }));
            } catch (DuplicateKeyException race) {
                // a concurrent upload took the sequence number, or stored the same content: look again
                if (attempt == SAVE_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    Optional<StoredVersion> find(String id) {
        return jdbc.sql("SELECT * FROM rule_set_version WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> StoreRows.version(rs, List.of()))
                .optional()
                .map(version -> StoreRows.withFiles(version, fileList(id)));
    }

    Optional<VersionContent> findWithContent(String id) {
        return find(id).map(version -> {
            Map<String, byte[]> files = new TreeMap<>();
            jdbc.sql("SELECT path, bytes FROM rule_set_file WHERE version_id = :id")
                    .param("id", id)
                    .query(rs -> {
                        files.put(rs.getString("path"), rs.getBytes("bytes"));
                    });
            return new VersionContent(version, files);
        });
    }

    /** The bytes of one file of a version, if both exist. */
    Optional<byte[]> file(String id, String path) {
        return jdbc.sql("SELECT bytes FROM rule_set_file WHERE version_id = :id AND path = :path")
                .param("id", id)
                .param("path", path)
                .query((rs, row) -> rs.getBytes("bytes"))
                .optional();
    }

    /** Every version, newest first. */
    List<StoredVersion> list() {
        Map<String, List<StoredFile>> files = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, path, sha256, OCTET_LENGTH(bytes) AS size FROM rule_set_file ORDER BY path")
                .query(rs -> {
                    files.computeIfAbsent(rs.getString("version_id"), v -> new ArrayList<>()).add(StoreRows.file(rs));
                });
        return jdbc.sql("SELECT * FROM rule_set_version ORDER BY sequence_number DESC")
                .query((rs, row) -> StoreRows.version(rs, files.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    /**
     * Moves a version between the states that need no activation (draft, rejected, retired), with a
     * {@code STATE_CHANGE} trail entry, in one transaction.
     *
     * @throws VersionStateConflict for {@code ACTIVE} (use {@link #activate}) or when the version is the active one
     * @throws UnknownRuleSetVersion when no such version is stored
     */
    StoredVersion setState(String id, VersionState state, String actedBy) {
        return transactions.write(() -> {
            VersionState current = lockedState(id);
            current.requireMoveTo(state, id);
            jdbc.sql("UPDATE rule_set_version SET state = :state WHERE id = :id")
                    .param("state", state.name())
                    .param("id", id)
                    .update();
            trail.record(actedBy, TrailAction.STATE_CHANGE, id, Map.of("from", current.name(), "to", state.name()),
                    now());
            return find(id).orElseThrow();
        });
    }

    /**
     * An approver's answer to a draft: rejected, or returned to its author for rework, with the reason
     * and its trail entry ({@code REJECTION} or {@code RETURN}), in one transaction.
     *
     * @throws VersionStateConflict when the version is not a draft
     * @throws UnknownRuleSetVersion when no such version is stored
     */
    VersionReview review(String id, VersionState outcome, String reviewedBy, String reason) {
        TrailAction action = outcome.reviewedAs();
        Instant now = now();
        return transactions.write(() -> {
            VersionState current = lockedState(id);
            current.requireReviewable(id);
            jdbc.sql("UPDATE rule_set_version SET state = :state WHERE id = :id")
                    .param("state", outcome.name())
                    .param("id", id)
                    .update();
            trail.record(reviewedBy, action, id, Map.of("from", current.name(), "reason", reason), now);
            return new VersionReview(id, outcome, reviewedBy, now, reason);
        });
    }

    /** The latest review of every reviewed version, by version id. */
    Map<String, VersionReview> reviews() {
        return trail.reviews();
    }

    /**
     * Makes a version the active one and retires the one it replaces, with the activation record and
     * the trail entry ({@code ACTIVATION}, or {@code ROLLBACK} for a retired version), in one
     * transaction: a trail entry that cannot be written leaves the previous version active.
     *
     * @throws UnknownRuleSetVersion when no such version is stored
     * @throws VersionStateConflict when it is rejected or already active, or another activation won the race
     */
    Activation activate(String id, String activatedBy, String reason) {
        Instant now = now();
        try {
            return transactions.write(() -> {
                TrailAction action = lockedState(id).activation(id);
                String previous = jdbc.sql("SELECT id FROM rule_set_version WHERE state = 'ACTIVE' FOR UPDATE")
                        .query(String.class)
                        .optional()
                        .orElse(null);
                if (previous != null) {
                    jdbc.sql("UPDATE rule_set_version SET state = 'RETIRED', active_flag = NULL WHERE id = :id")
                            .param("id", previous)
                            .update();
                }
                jdbc.sql("UPDATE rule_set_version SET state = 'ACTIVE', active_flag = TRUE WHERE id = :id")
                        .param("id", id)
                        .update();
                GeneratedKeyHolder key = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO rule_set_activation (activated_by, activated_at, from_version, to_version, reason)
                        VALUES (:by, :at, :from, :to, :reason)""")
                        .param("by", activatedBy)
                        .param("at", StoreRows.timestamp(now))
                        .param("from", previous)
                        .param("to", id)
                        .param("reason", reason)
                        .update(key, "id");
                trail.record(activatedBy, action, id, Map.of("from", String.valueOf(previous),
                        "reason", reason == null ? "" : reason), now);
                return new Activation(StoreRows.generatedId(key), activatedBy, now, previous, id, reason);
            });
        } catch (DuplicateKeyException race) {
            throw new VersionStateConflict("Another activation happened at the same time; try again.");
        }
    }

    Optional<String> activeId() {
        return jdbc.sql("SELECT id FROM rule_set_version WHERE state = 'ACTIVE'").query(String.class).optional();
    }

    /** Every activation, newest first. */
    List<Activation> activations() {
        return jdbc.sql("SELECT * FROM rule_set_activation ORDER BY id DESC")
                .query((rs, row) -> StoreRows.activation(rs))
                .list();
    }

    /** The sequence number the next stored version will get (informative: {@link #save} assigns it). */
    long nextSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(sequence_number), 0) + 1 FROM rule_set_version").query(Long.class).single();
    }

    /** The latest entries of the administrative trail, newest first. */
    List<AdministrativeAction> actions(int limit) {
        return trail.recent(limit);
    }

    private Instant now() {
        // the databases keep microseconds: what is returned must equal what is read back
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private StoredVersion insert(NewVersion version) {
        long sequence = nextSequence();
        jdbc.sql("""
                INSERT INTO rule_set_version (id, sequence_number, state, author, created_at, comment, parent_id, report)
                VALUES (:id, :sequence, :state, :author, :createdAt, :comment, :parentId, :report)""")
                .param("id", version.id())
                .param("sequence", sequence)
                .param("state", version.state().name())
                .param("author", version.author())
                .param("createdAt", StoreRows.timestamp(now()))
                .param("comment", version.comment())
                .param("parentId", version.parentId())
                .param("report", version.report())
                .update();
        version.files().forEach((path, bytes) -> jdbc.sql("""
                INSERT INTO rule_set_file (version_id, path, sha256, bytes) VALUES (:id, :path, :sha256, :bytes)""")
                .param("id", version.id())
                .param("path", path)
                .param("sha256", RuleSetSource.sha256(bytes))
                .param("bytes", bytes)
                .update());
        return find(version.id()).orElseThrow();
    }

    private VersionState lockedState(String id) {
        return jdbc.sql("SELECT state FROM rule_set_version WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(VersionState::valueOf)
                .orElseThrow(() -> new UnknownRuleSetVersion(id));
    }

    private List<StoredFile> fileList(String id) {
        return jdbc.sql("""
                SELECT path, sha256, OCTET_LENGTH(bytes) AS size FROM rule_set_file
                WHERE version_id = :id ORDER BY path""")
                .param("id", id)
                .query((rs, row) -> StoreRows.file(rs))
                .list();
    }
}

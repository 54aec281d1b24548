package kz.shagym.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores rule set versions with their files, their states, the activation history and the
 * administrative trail. Every change is one transaction; the database itself keeps at most one
 * version active (see {@code V1__rule_set_versions.sql}).
 */
@Repository
@DependsOnDatabaseInitialization
public class RuleSetVersionStore {

    private static final int SAVE_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Database database;

    @Autowired
    public RuleSetVersionStore(DataSource dataSource, PlatformTransactionManager transactions) {
        this(dataSource, transactions, Clock.systemUTC());
    }

    public RuleSetVersionStore(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.database = new Database(dataSource);
        this.jdbc = database.jdbc();
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Stores a version and its files in one transaction and gives it the next sequence number.
     * Content already stored under the same id is not stored again: the stored version is returned.
     */
    public StoredVersion save(NewVersion version) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write(() -> find(version.id()).orElseGet(() -> insert(version)));
            } catch (DuplicateKeyException race) {
                // a concurrent upload took the sequence number, or stored the same content: look again
                if (attempt == SAVE_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    public Optional<StoredVersion> find(String id) {
        return jdbc.sql("SELECT * FROM rule_set_version WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> version(rs, List.of()))
                .optional()
                .map(version -> withFiles(version, fileList(id)));
    }

    public Optional<VersionContent> findWithContent(String id) {
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
    public Optional<byte[]> file(String id, String path) {
        return jdbc.sql("SELECT bytes FROM rule_set_file WHERE version_id = :id AND path = :path")
                .param("id", id)
                .param("path", path)
                .query((rs, row) -> rs.getBytes("bytes"))
                .optional();
    }

    /** Every version, newest first. */
    public List<StoredVersion> list() {
        Map<String, List<StoredFile>> files = new LinkedHashMap<>();
        jdbc.sql("SELECT version_id, path, sha256, OCTET_LENGTH(bytes) AS size FROM rule_set_file ORDER BY path")
                .query(rs -> {
                    files.computeIfAbsent(rs.getString("version_id"), v -> new ArrayList<>()).add(file(rs));
                });
        return jdbc.sql("SELECT * FROM rule_set_version ORDER BY sequence_number DESC")
                .query((rs, row) -> version(rs, files.getOrDefault(rs.getString("id"), List.of())))
                .list();
    }

    /**
     * Moves a version between the states that need no activation (draft, rejected, retired).
     *
     * @throws VersionStateConflict for {@code ACTIVE} (use {@link #activate}) or when the version is the active one
     * @throws UnknownRuleSetVersion when no such version is stored
     */
    public StoredVersion setState(String id, VersionState state) {
        if (state == VersionState.ACTIVE) {
            throw new VersionStateConflict("A version becomes active only by activation.");
        }
        return write(() -> {
            VersionState current = lockedState(id);
            if (current == VersionState.ACTIVE) {
                throw new VersionStateConflict(
                        "Version " + id + " is active; it is retired only by activating another version.");
            }
            jdbc.sql("UPDATE rule_set_version SET state = :state WHERE id = :id")
                    .param("state", state.name())
                    .param("id", id)
                    .update();
            return find(id).orElseThrow();
        });
    }

    /**
     * Makes a version the active one and retires the one it replaces, with the activation record, in
     * one transaction. Activating a retired version is the rollback.
     *
     * @throws UnknownRuleSetVersion when no such version is stored
     * @throws VersionStateConflict when it is rejected or already active, or another activation won the race
     */
    public Activation activate(String id, String activatedBy, String reason) {
        Instant now = now();
        try {
            return write(() -> {
                VersionState current = lockedState(id);
                if (current == VersionState.REJECTED || current == VersionState.ACTIVE) {
                    throw new VersionStateConflict("Version " + id + " is " + current + " and cannot be activated.");
                }
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
                        .param("at", Database.timestamp(now))
                        .param("from", previous)
                        .param("to", id)
                        .param("reason", reason)
                        .update(key, "id");
                return new Activation(Database.generatedId(key), activatedBy, now, previous, id, reason);
            });
        } catch (DuplicateKeyException race) {
            throw new VersionStateConflict("Another activation happened at the same time; try again.");
        }
    }

    public Optional<String> activeId() {
        return jdbc.sql("SELECT id FROM rule_set_version WHERE state = 'ACTIVE'").query(String.class).optional();
    }

    /** Every activation, newest first. */
    public List<Activation> activations() {
        return jdbc.sql("SELECT * FROM rule_set_activation ORDER BY id DESC")
                .query((rs, row) -> new Activation(rs.getLong("id"), rs.getString("activated_by"),
                        Database.instant(rs, "activated_at"), rs.getString("from_version"), rs.getString("to_version"),
                        rs.getString("reason")))
                .list();
    }

    /** The sequence number the next stored version will get (informative: {@link #save} assigns it). */
    public long nextSequence() {
        return jdbc.sql("SELECT COALESCE(MAX(sequence_number), 0) + 1 FROM rule_set_version").query(Long.class).single();
    }

    /** Appends one entry to the administrative trail. {@code details} is JSON text, or null. */
    public AdministrativeAction recordAction(String actedBy, String action, String target, String details) {
        Instant now = now();
        return write(() -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO admin_action (acted_by, acted_at, action, target, details)
                    VALUES (:by, :at, :action, :target, :details)""")
                    .param("by", actedBy)
                    .param("at", Database.timestamp(now))
                    .param("action", action)
                    .param("target", target)
                    .param("details", details)
                    .update(key, "id");
            return new AdministrativeAction(Database.generatedId(key), actedBy, now, action, target, details);
        });
    }

    /** The latest entries of the administrative trail, newest first. */
    public List<AdministrativeAction> actions(int limit) {
        return jdbc.sql("SELECT * FROM admin_action ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> new AdministrativeAction(rs.getLong("id"), rs.getString("acted_by"),
                        Database.instant(rs, "acted_at"), rs.getString("action"), rs.getString("target"),
                        rs.getString("details")))
                .list();
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
                .param("createdAt", Database.timestamp(now()))
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
                .query((rs, row) -> file(rs))
                .list();
    }

    /**
     * Runs a change in a transaction. On H2 the committed change is then forced to the disk: H2
     * writes a commit to the file (WRITE_DELAY=0) but only syncs it on a checkpoint.
     */
    private <T> T write(Supplier<T> change) {
        return transaction.execute(status -> {
            T result = change.get();
            if (database.isH2()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        database.forceToDisk();
                    }
                });
            }
            return result;
        });
    }

    private Instant now() {
        // the databases keep microseconds: what is returned must equal what is read back
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static StoredVersion version(ResultSet rs, List<StoredFile> files) throws SQLException {
        return new StoredVersion(rs.getString("id"), rs.getLong("sequence_number"),
                VersionState.valueOf(rs.getString("state")), rs.getString("author"), Database.instant(rs, "created_at"),
                rs.getString("comment"), rs.getString("parent_id"), rs.getString("report"), files);
    }

    private static StoredVersion withFiles(StoredVersion v, List<StoredFile> files) {
        return new StoredVersion(v.id(), v.sequence(), v.state(), v.author(), v.createdAt(), v.comment(),
                v.parentId(), v.report(), files);
    }

    private static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(rs.getString("path"), rs.getString("sha256"), rs.getLong("size"));
    }
}

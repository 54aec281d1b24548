package kz.shagym.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the decision log. Rows are only ever inserted. */
final class DecisionRecords {

    private static final int FETCH_SIZE = 500;
    private static final long H2_DEFAULT_LOCK_TIMEOUT_MILLIS = 2000;

    private final Database database;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CanonicalJson json;
    private final boolean h2;

    DecisionRecords(DataSource dataSource, CanonicalJson json) {
        this.database = new Database(dataSource);
        this.template = database.template();
        this.jdbc = database.jdbc();
        this.json = json;
        this.h2 = database.isH2();
    }

    /**
     * Bounds the wait for the chain lock in the current transaction. A query timeout does not end an
     * H2 lock wait, and PostgreSQL's {@code SET LOCAL} ends with the transaction; H2 keeps its setting
     * on the session, so {@link #endLockWait} gives the pooled connection H2's default back.
     */
    private void limitLockWait(Duration wait) {
        long millis = Math.max(1, wait.toMillis());
        if (h2) {
            template.execute("SET LOCK_TIMEOUT " + millis);
        } else {
            jdbc.sql("SELECT set_config('lock_timeout', :millis, true)").param("millis", millis + "ms")
                    .query(String.class).single();
        }
    }

    private void endLockWait() {
        if (h2) {
            template.execute("SET LOCK_TIMEOUT " + H2_DEFAULT_LOCK_TIMEOUT_MILLIS);
        }
    }

    /**
     * Bounds every later statement of the current PostgreSQL transaction, its commit included. H2 has
     * the transaction's query timeout only (in whole seconds): within one process it waits on locks,
     * bounded above, and on its disk.
     */
    void limitStatements(Duration limit) {
        if (!h2) {
            jdbc.sql("SELECT set_config('statement_timeout', :millis, true)")
                    .param("millis", Math.max(1, limit.toMillis()) + "ms").query(String.class).single();
        }
    }

    /** Which of these decisions are stored. */
    Set<String> present(Collection<String> decisionIds) {
        return new HashSet<>(jdbc.sql("SELECT decision_id FROM decision_record WHERE decision_id IN (:ids)")
                .param("ids", List.copyOf(decisionIds))
                .query(String.class)
                .list());
    }

    /**
     * Waits at most {@code wait} for, then holds until commit, the one lock that every chain writer of
     * every instance takes; then reads the head it protects.
     */
    ChainHead lockChain(Duration wait) {
        limitLockWait(wait);
        try {
            jdbc.sql("SELECT id FROM decision_chain_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        } catch (RuntimeException e) {
            try {
                endLockWait();
            } catch (RuntimeException ignored) {
                // the connection is as broken as the lock attempt says
            }
            throw e;
        }
        endLockWait();
        return head();
    }

    /** A committed write that changes nothing: proves the store takes writes (and, synced, that its disk does). */
    void touchLock() {
        jdbc.sql("UPDATE decision_chain_lock SET id = id WHERE id = 1").update();
    }

    /** The last record's position, hash and time, or the genesis when the log is empty. */
    ChainHead head() {
        return jdbc.sql("SELECT seq, hash, recorded_at FROM decision_record ORDER BY seq DESC LIMIT 1")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"), instant(rs)))
                .optional()
                .orElse(ChainHead.GENESIS);
    }

    void insert(List<AuditRecord> records) {
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(new Object[] {r.seq(), r.decisionId(), Database.timestamp(r.recordedAt()),
                    r.client(), r.whatIf(), r.rulesetVersion(), r.complaintId(), json.write(r.request()),
                    json.write(r.answer()), json.write(r.firedRules()), r.prevHash(), r.hash()});
        }
        template.batchUpdate("""
                INSERT INTO decision_record (seq, decision_id, recorded_at, client, what_if, version_id, complaint_id,
                    request_json, answer_json, fired_rules_json, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** After each commit and before any of its callers is answered: an acknowledged decision survives a power cut. */
    void forceToDisk() {
        database.forceToDisk();
    }

    Optional<AuditRecord> find(String decisionId) {
        return jdbc.sql("SELECT * FROM decision_record WHERE decision_id = :id")
                .param("id", decisionId)
                .query((rs, row) -> record(rs))
                .optional();
    }

    long count(DecisionQuery query) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT COUNT(*) FROM decision_record" + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /** One page, newest first. */
    List<AuditRecord> page(DecisionQuery query) {
        Filter filter = Filter.of(query);
        return jdbc.sql("SELECT * FROM decision_record" + filter.where() + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, row) -> record(rs))
                .list();
    }

    /**
     * Every matching record, oldest first, one at a time. Call it inside a transaction: PostgreSQL
     * streams with a cursor only then.
     */
    void each(DecisionQuery query, Consumer<AuditRecord> consumer) {
        Filter filter = Filter.of(query);
        jdbc.sql("SELECT * FROM decision_record" + filter.where() + " ORDER BY seq")
                .withFetchSize(FETCH_SIZE)
                .params(filter.params())
                .query(rs -> {
                    consumer.accept(record(rs));
                });
    }

    /** Walks the whole chain in order until the visitor answers false. Call it inside a transaction. */
    void walk(Predicate<AuditRecord> visitor) {
        jdbc.sql("SELECT * FROM decision_record ORDER BY seq")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    boolean goOn = true;
                    while (goOn && rs.next()) {
                        goOn = visitor.test(record(rs));
                    }
                    return goOn;
                });
    }

    // --- reads for the signed checkpoints (ChainVerifier, Checkpoints) ---

    /** The hash stored at a position, or empty when no record sits there. */
    Optional<String> hashAt(long seq) {
        return jdbc.sql("SELECT hash FROM decision_record WHERE seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .optional();
    }

    // --- end of the checkpoint reads ---

    private AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getString("decision_id"), instant(rs), rs.getString("client"),
                rs.getBoolean("what_if"), rs.getString("version_id"), rs.getString("complaint_id"),
                json.read(rs.getString("request_json")), json.read(rs.getString("answer_json")),
                json.read(rs.getString("fired_rules_json")), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Instant instant(ResultSet rs) throws SQLException {
        return Database.instant(rs, "recorded_at");
    }

    /** Where the chain ends: the next record gets {@code seq + 1} and links to {@code hash}. */
    record ChainHead(long seq, String hash, Instant recordedAt) {
        static final ChainHead GENESIS = new ChainHead(0, ChainHash.GENESIS, Instant.EPOCH);
    }

    private record Filter(String where, Map<String, Object> params) {

        static Filter of(DecisionQuery query) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (query.from() != null) {
                conditions.add("recorded_at >= :from");
                params.put("from", Database.timestamp(query.from()));
            }
            if (query.to() != null) {
                conditions.add("recorded_at < :to");
                params.put("to", Database.timestamp(query.to()));
            }
            if (query.version() != null) {
                conditions.add("version_id = :version");
                params.put("version", query.version());
            }
            if (query.client() != null) {
                conditions.add("client = :client");
                params.put("client", query.client());
            }
            if (query.complaintId() != null) {
                conditions.add("complaint_id = :complaintId");
                params.put("complaintId", query.complaintId());
            }
            return new Filter(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
        }
    }
}

package kz.shagym.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The SQL that reads the decision log ({@link ChainWrites} appends to it). */
final class DecisionRecords {

    /** The last record's position, hash and time (see {@link #readHead}). */
    static final String HEAD = "SELECT seq, hash, recorded_at FROM decision_record ORDER BY seq DESC LIMIT 1";

    private static final int FETCH_SIZE = 500;

    private final Database database;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final CanonicalJson json;
    private final ExpandedAnswers answers;

    DecisionRecords(DataSource dataSource, CanonicalJson json) {
        this.database = new Database(dataSource);
        this.template = database.template();
        this.jdbc = database.jdbc();
        this.json = json;
        this.answers = new ExpandedAnswers(jdbc, json);
    }

    /** The last record's position, hash and time, or the genesis when the log is empty. */
    ChainHead head() {
        return template.query(HEAD, (ResultSetExtractor<ChainHead>) DecisionRecords::readHead);
    }

    /** Reads what {@link #HEAD} selects. */
    static ChainHead readHead(ResultSet rs) throws SQLException {
        return rs.next() ? new ChainHead(rs.getLong("seq"), rs.getString("hash"), instant(rs)) : ChainHead.GENESIS;
    }

    /** Syncs what is committed to disk (H2; PostgreSQL's commits are synced already). */
    void forceToDisk() {
        database.forceToDisk();
    }

    Optional<AuditRecord> find(String decisionId) {
        return jdbc.sql("SELECT * FROM decision_record WHERE decision_id = :id")
                .param("id", decisionId)
                .query((rs, row) -> record(rs, answers.remembered()))
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
                .query((rs, row) -> record(rs, answers.remembered()))
                .list();
    }

    /**
     * Every matching record, oldest first, one at a time. Call it inside a transaction: PostgreSQL
     * streams with a cursor only then.
     */
    void each(DecisionQuery query, Consumer<AuditRecord> consumer) {
        Filter filter = Filter.of(query);
        Function<String, JsonNode> texts = answers.remembered();
        jdbc.sql("SELECT * FROM decision_record" + filter.where() + " ORDER BY seq")
                .withFetchSize(FETCH_SIZE)
                .params(filter.params())
                .query(rs -> {
                    consumer.accept(record(rs, texts));
                });
    }

    /**
     * Walks the whole chain in order until the visitor answers false, each explanation's text read from
     * the database afresh (once per walk). Call it inside a transaction.
     */
    void walk(Predicate<AuditRecord> visitor) {
        Function<String, JsonNode> texts = answers.fresh();
        jdbc.sql("SELECT * FROM decision_record ORDER BY seq")
                .withFetchSize(FETCH_SIZE)
                .query((ResultSet rs) -> {
                    boolean goOn = true;
                    while (goOn && rs.next()) {
                        goOn = visitor.test(record(rs, texts));
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

    /** A record as it was hashed: its answer with the explanations' texts put back ({@link ExpandedAnswers}). */
    private AuditRecord record(ResultSet rs, Function<String, JsonNode> texts) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getString("decision_id"), instant(rs), rs.getString("client"),
                rs.getBoolean("what_if"), rs.getString("version_id"), rs.getString("complaint_id"),
                json.read(rs.getString("request_json")), answers.expand(rs.getString("answer_json"), texts),
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

package kz.shagym.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Consumer;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requests of recorded decisions, for deciding them again in bulk. Only what a new
 * decision needs is read (not the answers, which are most of a record's size), and what-if decisions
 * are left out: an analyst's tries are not complaints.
 */
final class RecordedRequests {

    /** Rows the driver holds at once: PostgreSQL streams with a cursor inside a transaction only. */
    private static final int FETCH_SIZE = 1000;
    private static final String WHERE = " FROM decision_record WHERE what_if = FALSE AND recorded_at >= :from"
            + " AND recorded_at < :to";

    private final JdbcClient jdbc;

    RecordedRequests(DataSource dataSource) {
        this.jdbc = new Database(dataSource).jdbc();
    }

    long count(Instant from, Instant to, long limit) {
        return Math.min(countAll(from, to), limit);
    }

    private long countAll(Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*)" + WHERE)
                .param("from", Database.timestamp(from)).param("to", Database.timestamp(to))
                .query(Long.class).single();
    }

    /**
     * The newest {@code limit} in no particular order: the oldest of them is found first, so that the rows
     * are then read in whatever order an index gives them, with no sort of the whole range (which H2 would
     * spill to disk). Call it inside a transaction, so that PostgreSQL streams with a cursor; H2 keeps large
     * results out of the heap by itself.
     */
    void newest(Instant from, Instant to, long limit, Consumer<RecordedRequest> consumer) {
        long oldest = 0;
        if (countAll(from, to) > limit) {
            oldest = jdbc.sql("SELECT seq" + WHERE + " ORDER BY seq DESC LIMIT 1 OFFSET :skip")
                    .param("from", Database.timestamp(from)).param("to", Database.timestamp(to))
                    .param("skip", limit - 1).query(Long.class).single();
        }
        jdbc.sql("SELECT seq, decision_id, recorded_at, version_id, request_json" + WHERE + " AND seq >= :oldest")
                .withFetchSize(FETCH_SIZE)
                .param("from", Database.timestamp(from)).param("to", Database.timestamp(to))
                .param("oldest", oldest)
                .query((ResultSet rs) -> {
                    consumer.accept(request(rs));
                });
    }

    private static RecordedRequest request(ResultSet rs) throws SQLException {
        return new RecordedRequest(rs.getLong("seq"), rs.getString("decision_id"), Database.instant(rs, "recorded_at"),
                rs.getString("version_id"), rs.getString("request_json"));
    }
}

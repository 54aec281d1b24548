package kz.shagym.impact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import kz.shagym.database.Database;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of impact jobs. Every write runs in a transaction of its own: a job writes its progress while
 * it streams the audit log inside a read-only transaction on the same thread, which must not take the
 * write in. A write to a job that is no longer waiting or running changes nothing, so a job reported
 * abandoned stays so even if its instance comes back.
 */
final class ImpactJobStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final JsonMapper json;

    ImpactJobStore(DataSource dataSource, PlatformTransactionManager transactions, JsonMapper json) {
        this.jdbc = new Database(dataSource).jdbc();
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    void insert(String id, String versionId, String requestedBy, Instant now, ImpactRange range) {
        write(() -> jdbc.sql("""
                INSERT INTO impact_job (id, version_id, state, requested_by, requested_at, updated_at, range_from,
                    range_to, record_limit, done, total)
                VALUES (:id, :version, 'QUEUED', :by, :now, :now, :from, :to, :limit, 0, 0)""")
                .param("id", id).param("version", versionId).param("by", requestedBy)
                .param("now", Database.timestamp(now)).param("from", Database.timestamp(range.from()))
                .param("to", Database.timestamp(range.to())).param("limit", range.limit())
                .update());
    }

    boolean running(String id, String activeVersion, long total, Instant now) {
        return write(() -> jdbc.sql("""
                UPDATE impact_job SET state = 'RUNNING', active_version = :active, total = :total, updated_at = :now
                WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
                .param("id", id).param("active", activeVersion).param("total", total)
                .param("now", Database.timestamp(now)).update()) == 1;
    }

    boolean progress(String id, long done, Instant now) {
        return write(() -> jdbc.sql("UPDATE impact_job SET done = :done, updated_at = :now WHERE id = :id AND state = 'RUNNING'")
                .param("id", id).param("done", done).param("now", Database.timestamp(now)).update()) == 1;
    }

    boolean done(String id, ImpactReport report, Instant now) {
        long decided = report.compared() + report.unreadable();
        return write(() -> jdbc.sql("""
                UPDATE impact_job SET state = 'DONE', done = :done, total = :done, result = :result, updated_at = :now
                WHERE id = :id AND state = 'RUNNING'""")
                .param("id", id).param("done", decided).param("result", json.writeValueAsString(report))
                .param("now", Database.timestamp(now)).update()) == 1;
    }

    /** @param unlessUpdatedAfter only if the job was last written before this (an abandoned one); null: always */
    boolean failed(String id, ImpactJob.Failure failure, Instant now, Instant unlessUpdatedAfter) {
        String stale = unlessUpdatedAfter == null ? "" : " AND updated_at < :stale";
        return write(() -> {
            var sql = jdbc.sql("UPDATE impact_job SET state = 'FAILED', failure_code = :code, failure_detail = :detail,"
                    + " updated_at = :now WHERE id = :id AND state IN ('QUEUED', 'RUNNING')" + stale)
                    .param("id", id).param("code", failure.code()).param("detail", failure.detail())
                    .param("now", Database.timestamp(now));
            return unlessUpdatedAfter == null ? sql.update() : sql.param("stale", Database.timestamp(unlessUpdatedAfter)).update();
        }) == 1;
    }

    Optional<ImpactJob> find(String id) {
        return jdbc.sql("SELECT * FROM impact_job WHERE id = :id").param("id", id).query((rs, row) -> job(rs)).optional();
    }

    /** The newest job of a version, if any was started. */
    Optional<ImpactJob> latest(String versionId) {
        return jdbc.sql("SELECT * FROM impact_job WHERE version_id = :version ORDER BY requested_at DESC, id LIMIT 1")
                .param("version", versionId).query((rs, row) -> job(rs)).optional();
    }

    private int write(java.util.function.IntSupplier update) {
        Integer rows = own.execute(status -> update.getAsInt());
        return rows == null ? 0 : rows;
    }

    private ImpactJob job(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        String failureCode = rs.getString("failure_code");
        return new ImpactJob(rs.getString("id"), rs.getString("version_id"), rs.getString("active_version"),
                ImpactState.valueOf(rs.getString("state")), rs.getLong("done"), rs.getLong("total"),
                Database.instant(rs, "range_from"), Database.instant(rs, "range_to"), rs.getLong("record_limit"),
                rs.getString("requested_by"), Database.instant(rs, "requested_at"), Database.instant(rs, "updated_at"),
                result == null ? null : json.readValue(result, ImpactReport.class),
                failureCode == null ? null : new ImpactJob.Failure(failureCode, rs.getString("failure_detail")));
    }
}

package kz.shagym.database;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The database the service runs on, H2 (the embedded demo) or PostgreSQL, and the few points where the
 * two differ, said once for every feature that stores something.
 */
public final class Database {

    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final boolean h2;

    public Database(DataSource dataSource) {
        this.template = new JdbcTemplate(dataSource);
        // H2 keeps a statement's query timeout on the session, so the audit writer's short limit would
        // stay on the pooled connection and cut a later long read (verifying 100k records took over 5 s
        // and failed). An explicit 0 ("no limit") resets it on every statement outside a bounded
        // transaction; inside one, that transaction's own limit still applies.
        this.template.setQueryTimeout(0);
        this.jdbc = JdbcClient.create(template);
        this.h2 = isH2(dataSource);
    }

    public JdbcTemplate template() {
        return template;
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    /** Whether this is H2, whose lock and timeout settings differ from PostgreSQL's. */
    public boolean isH2() {
        return h2;
    }

    /**
     * H2 writes a commit to its file at once (WRITE_DELAY=0) but syncs the file only on a checkpoint;
     * what was acknowledged must survive a power cut, so call this after a commit and before answering.
     * PostgreSQL syncs on commit by itself.
     */
    public void forceToDisk() {
        if (h2) {
            jdbc.sql("CHECKPOINT SYNC").update();
        }
    }

    /**
     * Whether PostgreSQL can compress large values with LZ4 (version 14 and later, when built with it):
     * several times cheaper in CPU than its default, pglz, for the same reads. False on H2, which
     * does not compress.
     */
    public boolean compressesWithLz4() {
        if (h2) {
            return false;
        }
        try {
            return jdbc.sql("SELECT COUNT(*) FROM pg_settings WHERE name = 'default_toast_compression'"
                    + " AND 'lz4' = ANY(enumvals)").query(Long.class).single() > 0;
        } catch (DataAccessException e) {
            return false;
        }
    }

    /** Whether a returned commit is already on disk (PostgreSQL), or needs {@link #forceToDisk} after it (H2). */
    public boolean syncsOnCommit() {
        return !h2;
    }

    /** An instant as both databases store a {@code TIMESTAMP WITH TIME ZONE}: in UTC. */
    public static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column read back as an instant. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The generated key of an insert: H2 and PostgreSQL name its column differently (ID / id). */
    public static long generatedId(KeyHolder key) {
        return ((Number) key.getKeys().values().iterator().next()).longValue();
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}

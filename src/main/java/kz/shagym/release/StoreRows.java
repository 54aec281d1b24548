package kz.shagym.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kz.shagym.database.Database;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** How the store's rows become records and back, the same on H2 and PostgreSQL. */
final class StoreRows {

    private StoreRows() {
    }

    static StoredVersion version(ResultSet rs, List<StoredFile> files) throws SQLException {
        return new StoredVersion(rs.getString("id"), rs.getLong("sequence_number"),
                VersionState.valueOf(rs.getString("state")), rs.getString("author"), instant(rs, "created_at"),
                rs.getString("comment"), rs.getString("parent_id"), rs.getString("report"), files);
    }

    static StoredVersion withFiles(StoredVersion v, List<StoredFile> files) {
        return new StoredVersion(v.id(), v.sequence(), v.state(), v.author(), v.createdAt(), v.comment(),
                v.parentId(), v.report(), files);
    }

    static StoredFile file(ResultSet rs) throws SQLException {
        return new StoredFile(rs.getString("path"), rs.getString("sha256"), rs.getLong("size"));
    }

    static Activation activation(ResultSet rs) throws SQLException {
        return new Activation(rs.getLong("id"), rs.getString("activated_by"), instant(rs, "activated_at"),
                rs.getString("from_version"), rs.getString("to_version"), rs.getString("reason"));
    }

    static long generatedId(GeneratedKeyHolder key) {
        return Database.generatedId(key);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return Database.timestamp(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Database.instant(rs, column);
    }
}

package kz.shagym.audit;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool (Hikari's {@code exception-override-class-name}) to drop a connection
 * whose H2 database was closed under it, e.g. after its disk filled. Hikari evicts on SQLState 08
 * (PostgreSQL's broken connections) by itself, but H2 reports a closed database with codes of its
 * own, and a busy pool would hand the dead connection out again and again: the service stayed 503
 * after the disk had room again, until a restart. A fresh connection reopens the file.
 */
public final class ClosedDatabaseEviction implements SQLExceptionOverride {

    /** H2's DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, IO_EXCEPTION_1/2, FILE_CORRUPTED_1, CONNECTION_BROKEN_1, GENERAL_ERROR_1. */
    private static final Set<String> H2_CLOSED = Set.of("90098", "90121", "90028", "90031", "90030", "90067", "50000");

    // no @Override: inside this class the name is Hikari's enum, not the annotation
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && H2_CLOSED.contains(s.getSQLState())
                    && s.getClass().getName().startsWith("org.h2.")) {
                return SQLExceptionOverride.Override.MUST_EVICT;
            }
        }
        return SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}

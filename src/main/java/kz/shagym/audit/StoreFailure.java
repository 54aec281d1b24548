package kz.shagym.audit;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Why a write failed, said without its message: database messages carry the SQL and the values of
 * the record (a too-long value is quoted in full), so only the exception class, the SQLState and the
 * vendor code leave the writer, in logs and as the cause a caller's 503 carries.
 */
final class StoreFailure extends RuntimeException {

    private final boolean recordLevel;

    private StoreFailure(String summary, boolean recordLevel) {
        super(summary, null, false, false);
        this.recordLevel = recordLevel;
    }

    /** The caller's record timeout passed before its record was sent: it was not written. */
    static StoreFailure timeout() {
        return new StoreFailure("the record timeout passed before the record could be written", false);
    }

    static StoreFailure of(Throwable e) {
        if (e instanceof StoreFailure known) {
            return known;
        }
        SQLException sql = firstSqlException(e);
        if (sql == null) {
            return new StoreFailure(e.getClass().getSimpleName(), false);
        }
        String state = sql.getSQLState();
        return new StoreFailure(sql.getClass().getSimpleName() + " SQLState " + state + " (code " + sql.getErrorCode()
                + ")", state != null && (state.startsWith("22") || state.startsWith("23")));
    }

    /**
     * This record's values could not be stored (SQLState class 22, data exception, or 23, integrity
     * constraint), so the records written with it may succeed on their own. Anything else (no
     * connection, lock or statement timeout, a missing table or privilege, a closed database, a failed
     * commit) would fail every record alike: a store failure.
     */
    boolean recordLevel() {
        return recordLevel;
    }

    private static SQLException firstSqlException(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        SQLException found = null;
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
                // a batch names the first bad row's error only behind getNextException
                if (sql.getNextException() != null && (sql.getSQLState() == null || sql.getSQLState().isBlank()
                        || sql.getSQLState().startsWith("HY"))) {
                    found = sql.getNextException();
                }
                break;
            }
        }
        return found;
    }
}

package kz.shagym.audit;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import kz.shagym.audit.ChainLinks.Linked;
import kz.shagym.audit.DecisionRecords.ChainHead;
import kz.shagym.database.Database;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The SQL that appends to the chain, in as few round trips as the database allows: on PostgreSQL a
 * group is three (bound the lock wait, lock, read the head; bound the statements, insert every record
 * in one statement; commit), sent as statements of one message each time. Rows are only ever inserted.
 * On PostgreSQL an explanation's text not stored yet goes with the first group that refers to it
 * ({@link StoredTexts}). H2 stores each answer whole: with answers a third the size it took 10 to 15%
 * more CPU per decision here (three pairs of runs), likely because it rewrites the table's last page row
 * by row at every commit, and that page then holds three times the rows.
 */
final class ChainWrites {

    private static final String LOCK = "SELECT id FROM decision_chain_lock WHERE id = 1 FOR UPDATE";
    private static final String INSERT = """
            INSERT INTO decision_record (seq, decision_id, recorded_at, client, what_if, version_id, complaint_id,
                request_json, answer_json, fired_rules_json, prev_hash, hash) VALUES """;
    /**
     * H2 keeps the answer's UTF-8 as it was hashed, in a column of bytes (db/vendor/h2/V7): it copies bytes
     * where it would encode a text character by character on the one writer thread, once for every write
     * of the page that holds it, and no text of it is made on the way in. H2 reads the column back as
     * text, decoding the UTF-8.
     */
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * PostgreSQL is sent the same UTF-8 and turns it into text itself: no text is made of it on this
     * side, and the driver does not encode one again on the writer thread.
     */
    private static final String POSTGRES_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, convert_from(?, 'UTF8'), ?, ?, ?)";
    /** An explanation's text, once (see {@link StoredTexts}); a text stored already is left as it is. */
    private static final String TEXTS = "INSERT INTO decision_text (hash, canonical_json) VALUES ";
    private static final String POSTGRES_TEXT_ROW = "(?, convert_from(?, 'UTF8'))";
    private static final String POSTGRES_TEXTS_END = " ON CONFLICT (hash) DO NOTHING";
    private static final String POSTGRES_LOCK_WAIT = "SELECT set_config('lock_timeout', ?, true)";
    private static final String POSTGRES_STATEMENT_LIMIT = "SELECT set_config('statement_timeout', ?, true)";
    /**
     * An answer's JSON (about 8,000 characters, 12 KB) is compressed by PostgreSQL on insert; pglz,
     * its default, took about twice the insert's time of LZ4 here. Set for the transaction only, where
     * the server offers it; any server reads both.
     */
    private static final String POSTGRES_LZ4 = ", set_config('default_toast_compression', 'lz4', true)";

    private final Database database;
    private final JdbcTemplate template;
    private final JdbcClient jdbc;
    private final boolean h2;
    private final String insertLimit;
    /**
     * The texts this instance saw committed: after its first few decisions a group stores none. Texts are
     * never deleted, so one committed stays; another instance's are stored again and left as they are.
     */
    private final Set<String> committedTexts = ConcurrentHashMap.newKeySet();

    ChainWrites(DataSource dataSource) {
        this.database = new Database(dataSource);
        this.template = database.template();
        this.jdbc = database.jdbc();
        this.h2 = database.isH2();
        this.insertLimit = POSTGRES_STATEMENT_LIMIT + (database.compressesWithLz4() ? POSTGRES_LZ4 : "");
    }

    /**
     * Waits at most {@code wait} for, then holds until commit, the one lock that every chain writer of
     * every instance takes; then reads the head it protects, in a statement of its own (PostgreSQL reads
     * each statement as of its start, so a head read together with the lock wait could miss a record
     * committed meanwhile).
     */
    ChainHead lockChain(Duration wait) {
        long millis = Math.max(1, wait.toMillis());
        if (h2) {
            return lockH2(millis);
        }
        return template.execute(String.join("; ", POSTGRES_LOCK_WAIT, LOCK, DecisionRecords.HEAD),
                (PreparedStatement statement) -> {
                    statement.setString(1, millis + "ms");
                    statement.execute();
                    statement.getMoreResults();
                    try (ResultSet lock = statement.getResultSet()) {
                        if (!lock.next()) {
                            throw new EmptyResultDataAccessException("no chain lock row", 1);
                        }
                    }
                    statement.getMoreResults();
                    try (ResultSet head = statement.getResultSet()) {
                        return DecisionRecords.readHead(head);
                    }
                });
    }

    /**
     * A query timeout does not end an H2 lock wait, so the wait is bounded in the statement itself
     * ({@code FOR UPDATE WAIT}, in seconds): one statement, where setting the session's lock timeout and
     * putting it back took three.
     */
    private ChainHead lockH2(long millis) {
        String seconds = BigDecimal.valueOf(millis, 3).toPlainString();
        jdbc.sql(LOCK + " WAIT " + seconds).query(Integer.class).single();
        return template.query(DecisionRecords.HEAD, (ResultSetExtractor<ChainHead>) DecisionRecords::readHead);
    }

    /**
     * Bounds every later statement of the current PostgreSQL transaction, its commit included. H2 has
     * the transaction's query timeout only (in whole seconds): within one process it waits on locks,
     * bounded above, and on its disk.
     */
    void limitStatements(Duration limit) {
        if (!h2) {
            jdbc.sql(POSTGRES_STATEMENT_LIMIT).param(Math.max(1, limit.toMillis()) + "ms").query(String.class).single();
        }
    }

    /**
     * Inserts the records in one statement, after bounding this and every later statement of the
     * transaction by {@code limit} on PostgreSQL (see {@link #limitStatements}) and choosing LZ4 for its
     * large values (see {@link #POSTGRES_LZ4}): one round trip for all.
     */
    void insert(List<Linked> rows, Duration limit) {
        Map<String, StoredTexts.Text> texts = newTexts(rows);
        if (h2 && !texts.isEmpty()) {
            // H2 has no table of texts: a record written for a store that refers to them would lose them here
            throw new IllegalStateException("H2 keeps answers whole; these records refer to explanations' texts");
        }
        StringBuilder sql = new StringBuilder(INSERT.length() + rows.size() * (ROW.length() + 2) + 64);
        if (!h2) {
            sql.append(insertLimit).append("; ");
            if (!texts.isEmpty()) {
                sql.append(TEXTS).append(String.join(", ", Collections.nCopies(texts.size(), POSTGRES_TEXT_ROW)))
                        .append(POSTGRES_TEXTS_END).append("; ");
            }
        }
        sql.append(INSERT);
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(h2 ? ROW : POSTGRES_ROW);
        }
        int inserted = template.execute(sql.toString(), (PreparedStatement statement) -> {
            int p = 1;
            if (!h2) {
                statement.setString(p++, Math.max(1, limit.toMillis()) + "ms");
                for (StoredTexts.Text text : texts.values()) {
                    statement.setString(p++, text.hash());
                    statement.setBytes(p++, text.utf8());
                }
            }
            for (Linked row : rows) {
                p = bind(statement, p, row);
            }
            // on PostgreSQL the set_config's row comes first, then the texts' count, then the records': the last
            int count = -1;
            for (boolean resultSet = statement.execute(); ; resultSet = statement.getMoreResults()) {
                int updated = resultSet ? -1 : statement.getUpdateCount();
                if (!resultSet && updated == -1) {
                    return count;
                }
                count = resultSet ? count : updated;
            }
        });
        if (inserted != rows.size()) {
            throw new IllegalStateException("inserted " + inserted + " of " + rows.size() + " decision records");
        }
        IdempotencyKeys.claim(template, rows);
        rememberOnCommit(texts.keySet());
    }

    /** The texts these records refer to that this instance has not seen committed, each once. */
    private Map<String, StoredTexts.Text> newTexts(List<Linked> rows) {
        Map<String, StoredTexts.Text> texts = new LinkedHashMap<>();
        for (Linked row : rows) {
            for (StoredTexts.Text text : row.texts().texts()) {
                if (!committedTexts.contains(text.hash())) {
                    texts.putIfAbsent(text.hash(), text);
                }
            }
        }
        return texts;
    }

    /** Only a commit makes a text safe to leave out of later groups: a rolled back group took its texts along. */
    private void rememberOnCommit(Set<String> hashes) {
        if (hashes.isEmpty() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committedTexts.addAll(hashes);
            }
        });
    }

    private int bind(PreparedStatement statement, int first, Linked row) throws SQLException {
        ChainPlace r = row.record();
        UnlinkedRecord texts = row.texts();
        int p = first;
        statement.setLong(p++, r.seq());
        statement.setString(p++, r.decisionId());
        statement.setObject(p++, Database.timestamp(r.recordedAt()));
        statement.setString(p++, texts.client());
        statement.setBoolean(p++, texts.whatIf());
        statement.setString(p++, texts.rulesetVersion());
        if (texts.complaintId() == null) {
            statement.setNull(p++, Types.VARCHAR);
        } else {
            statement.setString(p++, texts.complaintId());
        }
        statement.setString(p++, texts.requestJson());
        // as written for this store (ChainHash, keepsAnswersWhole): whole on H2; on PostgreSQL with its
        // explanations referred to, which the server turns into text
        statement.setBytes(p++, texts.storedAnswer());
        statement.setString(p++, texts.firedRulesJson());
        statement.setString(p++, r.prevHash());
        statement.setString(p++, r.hash());
        return p;
    }

    /** Whether answers are stored whole (H2), not with their explanations referred to (PostgreSQL). */
    boolean keepsAnswersWhole() {
        return h2;
    }

    /** Which of these decisions are stored. */
    Set<String> present(Collection<String> decisionIds) {
        return new HashSet<>(jdbc.sql("SELECT decision_id FROM decision_record WHERE decision_id IN (:ids)")
                .param("ids", List.copyOf(decisionIds))
                .query(String.class)
                .list());
    }

    /** A committed write that changes nothing: proves the store takes writes (and, synced, that its disk does). */
    void touchLock() {
        jdbc.sql("UPDATE decision_chain_lock SET id = id WHERE id = 1").update();
    }

    /** Whether a returned commit is on disk already, so that {@link #forceToDisk} does nothing. */
    boolean syncsOnCommit() {
        return database.syncsOnCommit();
    }

    /** After each commit and before any of its callers is answered: an acknowledged decision survives a power cut. */
    void forceToDisk() {
        database.forceToDisk();
    }
}

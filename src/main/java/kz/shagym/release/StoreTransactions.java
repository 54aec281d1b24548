package kz.shagym.release;

import java.sql.DatabaseMetaData;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store's transactions. On H2 a committed change is then forced to the disk: H2 writes a commit
 * to the file (WRITE_DELAY=0) but only syncs it on a checkpoint.
 */
final class StoreTransactions {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final boolean forceToDiskAfterCommit;

    StoreTransactions(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.forceToDiskAfterCommit = isH2(dataSource);
    }

    /** Runs a change in one transaction, or in the caller's when there is one. */
    <T> T write(Supplier<T> change) {
        return transaction.execute(status -> {
            T result = change.get();
            if (forceToDiskAfterCommit) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        jdbc.sql("CHECKPOINT SYNC").update();
                    }
                });
            }
            return result;
        });
    }

    private static boolean isH2(DataSource dataSource) {
        try {
            return "H2".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            return false;
        }
    }
}

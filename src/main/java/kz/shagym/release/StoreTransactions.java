package kz.shagym.release;

import java.util.function.Supplier;
import kz.shagym.database.Database;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store's transactions. A committed change is forced to the disk before the caller hears of it
 * (see {@link Database#forceToDisk()}: H2 syncs its file only on a checkpoint).
 */
final class StoreTransactions {

    private final Database database;
    private final TransactionTemplate transaction;

    StoreTransactions(Database database, PlatformTransactionManager transactions) {
        this.database = database;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs a change in one transaction, or in the caller's when there is one. */
    <T> T write(Supplier<T> change) {
        return transaction.execute(status -> {
            T result = change.get();
            if (database.isH2()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        database.forceToDisk();
                    }
                });
            }
            return result;
        });
    }
}

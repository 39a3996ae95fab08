package kz.sheber.base.db;

import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A transactional method that loses a write conflict a given number of times, for ConflictRetryTest. */
@Component
public class ConflictingWork {

    private int conflictsLeft;
    private final List<String> transactions = new ArrayList<>();

    /** What each attempt saw; a method, because the test holds the proxy, whose own fields are empty. */
    public List<String> transactions() {
        return transactions;
    }

    public void loseTimes(int conflicts) {
        conflictsLeft = conflicts;
        transactions.clear();
    }

    @Transactional
    @RetryOnConflict
    public String run() {
        transactions.add(TransactionSynchronizationManager.isActualTransactionActive() ? "in a transaction" : "none");
        if (conflictsLeft-- > 0) {
            // What the driver reports when another Galera node's write won the rows at COMMIT
            throw new CannotAcquireLockException(
                    "conflict",
                    new SQLTransactionRollbackException(
                            "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
        }
        return "done";
    }

    @Transactional
    @RetryOnConflict
    public String refuse() {
        transactions.add("refused");
        throw new IllegalArgumentException("not a conflict");
    }
}

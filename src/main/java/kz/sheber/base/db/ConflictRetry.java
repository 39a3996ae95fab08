package kz.sheber.base.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a transaction again, a bounded number of times, when the database refused it for a conflict with another:
 * MariaDB's deadlock (1213) or lock wait timeout (1205), SQLState 40001, and how Galera reports that a write from
 * another node won the rows at COMMIT. Counts every retry ({@code sheber.db.conflict.retries}), so operators (and
 * docs/PERFORMANCE.md) see how often instances on different nodes collide.
 */
@Component
public class ConflictRetry {

    /**
     * With one writer node conflicts are rare and this is plenty; 400 residents for one session's row through two
     * writer nodes still outlast it for some (GaleraMultiWriterIT). A conflict that outlasts it is reported.
     */
    public static final int ATTEMPTS = 10;

    private final Counter retries;
    private final Counter attempts;

    public ConflictRetry(MeterRegistry registry) {
        this.retries = Counter.builder("sheber.db.conflict.retries")
                .description("Transactions run again because the database reported a deadlock or a write conflict")
                .register(registry);
        this.attempts = Counter.builder("sheber.db.conflict.attempts")
                .description("Transactions started by a retrying caller, retries included")
                .register(registry);
    }

    /** The work in the template's transaction, retried on a conflict. */
    public <T> T run(TransactionTemplate transaction, TransactionCallback<T> work) {
        return run(ATTEMPTS, e -> false, () -> transaction.execute(work));
    }

    /**
     * The attempt (which opens and commits its own transaction) up to {@code maxAttempts} times, also when
     * {@code alsoRetry} says so (a clash of freshly drawn random keys, say).
     */
    public <T> T run(int maxAttempts, Predicate<Throwable> alsoRetry, Supplier<T> attempt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Joined to a caller's transaction: a conflict dooms the whole of it, so only the caller may retry
            return attempt.get();
        }
        for (int n = 1; ; n++) {
            attempts.increment();
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (n >= maxAttempts || !(isConflict(e) || anyCause(e, alsoRetry))) {
                    throw e;
                }
                retries.increment();
                backOff(n);
            }
        }
    }

    /**
     * What a Galera node should have said when it rolled a transaction back behind the client's back: a deadlock,
     * so that the caller's retry runs it again ({@link SilentRollbackGuard}).
     */
    public static CannotAcquireLockException unreportedRollback(String when) {
        return new CannotAcquireLockException(
                "Galera rolled the transaction back " + when + " without saying so",
                new SQLTransactionRollbackException("unreported brute-force abort", "40001", 1213));
    }

    /** A deadlock, a lock wait timeout or a Galera certification failure anywhere in the causes. */
    public static boolean isConflict(Throwable e) {
        return anyCause(
                e,
                t -> t instanceof SQLException sql
                        && ("40001".equals(sql.getSQLState())
                                || sql.getErrorCode() == 1213
                                || sql.getErrorCode() == 1205));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A random pause that doubles with each attempt (10 ms, 20 ms, ... up to half a second), so the transactions that
     * met do not meet again: on Galera every one queued behind the winner's row on the losing node loses at once.
     */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1 + Math.min(500L, 10L << Math.min(attempt, 6))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", e);
        }
    }
}

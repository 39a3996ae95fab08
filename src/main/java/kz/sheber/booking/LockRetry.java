package kz.sheber.booking;

import java.util.function.Predicate;
import java.util.function.Supplier;
import kz.sheber.base.db.ConflictRetry;
import kz.sheber.base.db.GaleraConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a booking change in its own READ COMMITTED transaction and runs it again, a few times, when the database
 * gave up on it: a deadlock or lock wait timeout (SQLState 40001, MariaDB 1213 and 1205, and how Galera reports
 * a write conflict), a clash of two freshly drawn references, or of two nodes' arrival numbers. READ COMMITTED so
 * that, once the session's row lock is held, every read sees what the previous holder committed.
 */
@Component
class LockRetry {

    private static final Logger log = LoggerFactory.getLogger(LockRetry.class);

    private final TransactionTemplate transaction;
    private final int attempts;

    private final ConflictRetry retry;
    private final GaleraConnections galera;
    private final SessionTurns turns = new SessionTurns();

    LockRetry(
            PlatformTransactionManager transactions,
            BookingSettings settings,
            ConflictRetry retry,
            GaleraConnections galera) {
        this.retry = retry;
        this.galera = galera;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.attempts = settings.lockRetries();
    }

    <T> T run(Supplier<T> work) {
        return retry.run(attempts, LockRetry::referenceClash, () -> attempt(work));
    }

    /**
     * The same, each attempt in the session's turn on this instance (see {@link SessionTurns}), and on a Galera
     * node read back after COMMIT: there a commit answered OK may hold nothing (see SilentRollbackGuard), and the
     * resident must not be told "booked" of a booking no node has. A single MariaDB is not asked again.
     */
    <T> T runInTurn(long sessionId, Supplier<T> work, Predicate<T> committed) {
        return retry.run(attempts, LockRetry::referenceClash, () -> {
            T done = turns.inTurn(sessionId, () -> attempt(work));
            if (galera.commitsNeedReadingBack() && !committed.test(done)) {
                log.warn("A booking answered as committed is not in the database; booking again");
                throw ConflictRetry.unreportedRollback("at COMMIT");
            }
            return done;
        });
    }

    /** One attempt: the work in a transaction of its own. */
    private <T> T attempt(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    /** Whether a failed attempt is worth another: the database gave up on a lock, or a drawn number clashed. */
    static boolean worthRetrying(Throwable e) {
        return e != null && (ConflictRetry.isConflict(e) || referenceClash(e));
    }

    private static boolean referenceClash(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // On Galera, another node's entry may take the arrival number this attempt read as next (READ COMMITTED
            // locks no gaps, and locks are per node): the next attempt reads the number after it
            String message = String.valueOf(t.getMessage());
            if (t instanceof DataIntegrityViolationException
                    && (message.contains("uq_booking_reference") || message.contains("uq_booking_arrival"))) {
                return true;
            }
        }
        return false;
    }
}

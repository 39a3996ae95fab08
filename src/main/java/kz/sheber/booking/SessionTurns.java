package kz.sheber.booking;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One booking attempt per session at a time in this app instance, in the order they came (fair locks, striped by
 * session). The database's row lock already makes one session's bookings wait for each other; what this adds is
 * where they wait. Queued in the database, each waiter holds a pooled connection, and on Galera every local
 * transaction queued behind the row is aborted at once when another node's booking of that session arrives, so a
 * burst through two nodes turned into rounds of mass retries. Queued here, at most one transaction per session
 * and instance meets the other nodes' writes. Only an outermost attempt takes a turn: a thread waiting for its turn
 * must hold no database lock, or it could wait for a turn held by a thread that waits for its lock.
 */
final class SessionTurns {

    private static final int STRIPES = 256;
    private final ReentrantLock[] turns = new ReentrantLock[STRIPES];

    SessionTurns() {
        for (int i = 0; i < STRIPES; i++) {
            turns[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(long sessionId, Supplier<T> attempt) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return attempt.get();
        }
        ReentrantLock turn = turns[Math.floorMod(Long.hashCode(sessionId), STRIPES)];
        turn.lock();
        try {
            return attempt.get();
        } finally {
            turn.unlock();
        }
    }
}

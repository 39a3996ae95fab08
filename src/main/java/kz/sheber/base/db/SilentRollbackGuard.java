package kz.sheber.base.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The app's transaction manager: JPA's, plus, on a Galera node, a check that each read-write transaction is still
 * the one that began when it commits.
 *
 * <p>Why: with instances writing the same rows through two Galera nodes, a replicated write that needs a row the
 * local transaction holds aborts the local one ("brute force"). The client is meant to hear of it as a deadlock on
 * its next statement. MariaDB 10.11 with galera-4 26.4 does not always say so (GaleraMultiWriterIT, the general
 * log of both nodes): the first part of a booking (seats, booking row, mail) was rolled back, the statements after
 * it ran in a new transaction (its audit entry), and COMMIT answered OK, so the resident was told "booked" of a
 * booking that no node has. So every read-write transaction writes a random mark into a temporary table of its
 * connection when it begins (InnoDB rolls temporary tables back with the rest; Galera never replicates them) and
 * reads it back just before COMMIT. A mark not found means a silent rollback took the first part; the later
 * statements are then rolled back too, and the attempt is reported as the deadlock it was, so {@link ConflictRetry}
 * runs it again. Left: an abort between that read and COMMIT, not seen in any run; a booking also reads itself
 * back after COMMIT (BookingService, asking {@link GaleraConnections#commitsNeedReadingBack()}), where a resident
 * would feel it. On a plain MariaDB nothing of this runs.
 */
class SilentRollbackGuard extends JpaTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(SilentRollbackGuard.class);
    private static final String TABLE = "sheber_tx_mark";

    private final GaleraConnections galera;
    private final Counter caught;
    /** The mark of each guarded transaction under way, by the connection it runs on (one transaction each). */
    private final Map<Connection, Long> marks = new ConcurrentHashMap<>();
    /** Physical connections whose temporary table exists (weakly held: the pool drops and opens connections). */
    private final Set<Connection> withTable =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    SilentRollbackGuard(GaleraConnections galera, MeterRegistry registry) {
        this.galera = galera;
        this.caught = Counter.builder("sheber.db.silent.rollbacks")
                .description("Transactions a Galera node rolled back without reporting it, caught and run again")
                .register(registry);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        if (definition.isReadOnly() || !galera.onGalera()) {
            return;
        }
        Connection connection = connection();
        if (connection == null) {
            return;
        }
        long mark = ThreadLocalRandom.current().nextLong();
        try {
            Connection physical = connection.unwrap(Connection.class);
            if (!withTable.contains(physical)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS " + TABLE + " (n BIGINT NOT NULL) ENGINE=InnoDB");
                }
                withTable.add(physical);
            }
            write(connection, mark);
        } catch (SQLException e) {
            throw new CannotAcquireLockException("Could not mark the transaction's start", e);
        }
        marks.put(connection, mark);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        Connection connection = connection();
        Long mark = connection == null ? null : marks.get(connection);
        if (connection == null || mark == null) {
            super.doCommit(status);
            return;
        }
        // Hibernate would flush inside the commit; flushed here, its statements come before the first look
        EntityManagerHolder entities =
                (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        if (entities != null) {
            EntityManager entityManager = entities.getEntityManager();
            entityManager.flush();
        }
        requireMark(connection, mark);
        super.doCommit(status);
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        Connection connection = connection();
        if (connection != null) {
            marks.remove(connection);
        }
        super.doCleanupAfterCompletion(transaction);
    }

    private @Nullable Connection connection() {
        if (getDataSource() == null
                || !(TransactionSynchronizationManager.getResource(getDataSource()) instanceof ConnectionHolder held)) {
            return null;
        }
        return held.getConnection();
    }

    private void requireMark(Connection connection, long mark) {
        Long found;
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery("SET STATEMENT wsrep_sync_wait = 0 FOR SELECT n FROM " + TABLE)) {
            found = row.next() ? row.getLong(1) : null;
        } catch (SQLException e) {
            throw new CannotAcquireLockException("Could not check the transaction before COMMIT", e);
        }
        if (found == null || found != mark) {
            caught.increment();
            log.warn("The Galera node rolled this transaction back without reporting it; running it again");
            throw ConflictRetry.unreportedRollback("before COMMIT");
        }
    }

    /** The mark in the connection's own table (a temporary table lives as long as its connection). */
    private static void write(Connection connection, long mark) throws SQLException {
        if (update(connection, "UPDATE " + TABLE + " SET n = ?", mark) == 0) {
            // A new table, or its first row went with a rolled-back transaction
            update(connection, "INSERT INTO " + TABLE + " (n) VALUES (?)", mark);
        }
    }

    private static int update(Connection connection, String sql, long mark) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, mark);
            return s.executeUpdate();
        }
    }
}

package kz.sheber.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures a booking is tried again for: the database giving up on a lock, never a real refusal. */
class LockRetryTest {

    @Test
    void a_deadlock_is_retried_however_deeply_it_is_wrapped() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);

        assertThat(LockRetry.worthRetrying(deadlock)).isTrue();
        assertThat(LockRetry.worthRetrying(new CannotAcquireLockException(
                        "could not execute statement", new RuntimeException("Hibernate", deadlock))))
                .isTrue();
    }

    @Test
    void a_lock_wait_timeout_is_retried() {
        assertThat(LockRetry.worthRetrying(new CannotAcquireLockException(
                        "timeout",
                        new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))))
                .isTrue();
    }

    @Test
    void a_galera_certification_failure_is_retried_by_its_sql_state() {
        // Galera reports a write conflict with another node as a deadlock; some drivers give only the SQLState
        assertThat(LockRetry.worthRetrying(new JpaSystemException(new RuntimeException(
                        new SQLException("WSREP detected deadlock/conflict and aborted the transaction", "40001", 0)))))
                .isTrue();
    }

    @Test
    void two_bookings_drawing_the_same_reference_are_retried() {
        assertThat(LockRetry.worthRetrying(new DataIntegrityViolationException(
                        "Duplicate entry 'K7Q2MX' for key 'uq_booking_reference'",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))))
                .isTrue();
    }

    @Test
    void any_other_duplicate_or_constraint_is_not_retried() {
        assertThat(LockRetry.worthRetrying(new DataIntegrityViolationException(
                        "Duplicate entry '5-12' for key 'uq_booking_session_person'",
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))))
                .isFalse();
        assertThat(LockRetry.worthRetrying(new DataIntegrityViolationException(null)))
                .isFalse();
    }

    @Test
    void other_database_errors_and_plain_failures_are_not_retried() {
        assertThat(LockRetry.worthRetrying(new SQLException("Query execution was interrupted", "70100", 1317)))
                .isFalse();
        assertThat(LockRetry.worthRetrying(new SQLException("Table 'booking' doesn't exist", "42S02", 1146)))
                .isFalse();
        assertThat(LockRetry.worthRetrying(new IllegalStateException("session is full")))
                .isFalse();
        assertThat(LockRetry.worthRetrying(null)).isFalse();
    }
}

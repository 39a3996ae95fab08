package kz.sheber.booking;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.sheber.base.db.ConflictRetry;
import kz.sheber.booking.BookingMails.Kind;
import kz.sheber.booking.domain.BookingRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each confirmed booking one reminder before its session. A booking is marked reminded by a conditional
 * UPDATE in the same transaction that queues its mail, so when several instances (or two runs) pick the same
 * booking, the second's UPDATE waits for the first and then matches nothing: one mail, never two. Cancelled
 * bookings, cancelled sessions and people who turned reminders off get none.
 */
@Component
class Reminders {

    private final JdbcClient jdbc;
    private final BookingRepository bookings;
    private final BookingMails mails;
    private final BookingSettings settings;
    private final TransactionTemplate transaction;
    private final ConflictRetry retry;
    private final Clock clock;

    Reminders(
            JdbcClient jdbc,
            BookingRepository bookings,
            BookingMails mails,
            BookingSettings settings,
            PlatformTransactionManager transactions,
            Clock clock,
            ConflictRetry retry) {
        this.retry = retry;
        this.jdbc = jdbc;
        this.bookings = bookings;
        this.mails = mails;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sheber.booking.reminder-interval:1m}", initialDelayString = "30s")
    void onSchedule() {
        sendDue();
    }

    /** Returns how many reminders this run queued. */
    int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (long id : due(now)) {
            // Two instances on two Galera nodes meet at COMMIT; the one run again finds the booking reminded
            Boolean queued = retry.run(transaction, status -> {
                int marked = jdbc.sql(
                                "UPDATE booking SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL AND status = 'CONFIRMED'")
                        .params(utc(now), id)
                        .update();
                if (marked == 0) {
                    return false;
                }
                mails.send(bookings.findById(id).orElseThrow(), Kind.REMINDER, Map.of());
                return true;
            });
            sent += Boolean.TRUE.equals(queued) ? 1 : 0;
        }
        return sent;
    }

    private List<Long> due(Instant now) {
        return jdbc.sql("""
                        SELECT b.id FROM booking b
                        JOIN workshop_session s ON s.id = b.session_id
                        JOIN person p ON p.id = b.person_id
                        WHERE b.status = 'CONFIRMED' AND b.reminded_at IS NULL AND s.status = 'SCHEDULED'
                          AND s.starts_at > ? AND s.starts_at <= ?
                          AND p.reminders_enabled AND p.enabled AND p.email IS NOT NULL
                        ORDER BY s.starts_at LIMIT 500""")
                .params(utc(now), utc(now.plus(settings.reminderBefore())))
                .query(Long.class)
                .list();
    }
}

package kz.sheber.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import kz.sheber.notification.domain.OutboxInserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts mails in the outbox in the state a test needs, as the worker would have left them. */
@Component
public class TestOutbox {

    private final OutboxInserts inserts;
    private final JdbcClient jdbc;
    private final Clock clock;

    TestOutbox(OutboxInserts inserts, JdbcClient jdbc, Clock clock) {
        this.inserts = inserts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String address() {
        return "resident-" + UUID.randomUUID() + "@sheber.test";
    }

    /** A mail that gave up after ten attempts while the mail server refused connections. */
    @Transactional // due now until it is marked, so no worker may see it in between
    public long failed(String to, String name) {
        long id = queued(to, name, Duration.ZERO);
        jdbc.sql("UPDATE outbox_mail SET status = 'FAILED', attempts = 10, last_error = ? WHERE id = ?")
                .params("MailConnectException: Couldn't connect to host, port: 127.0.0.1, 25", id)
                .update();
        return id;
    }

    /** A mail that failed once and waits for its next attempt in an hour. */
    @Transactional
    public long retrying(String to, String name) {
        long id = queued(to, name, Duration.ofHours(1));
        jdbc.sql("UPDATE outbox_mail SET attempts = 1, last_error = 'SMTPSendFailedException: 451 Try later' "
                        + "WHERE id = ?")
                .param(id)
                .update();
        return id;
    }

    /** A mail that went out {@code ago}. */
    @Transactional
    public long sent(String to, Duration ago) {
        long id = queued(to, "Sent", Duration.ZERO);
        jdbc.sql("UPDATE outbox_mail SET status = 'SENT', attempts = 0, sent_at = ?, created_at = ? WHERE id = ?")
                .params(utc(clock.instant().minus(ago)), utc(clock.instant().minus(ago)), id)
                .update();
        return id;
    }

    /** Moves when the mail was queued back, as if it had waited that long. */
    public void queuedAgo(long id, Duration ago) {
        jdbc.sql("UPDATE outbox_mail SET created_at = ? WHERE id = ?")
                .params(utc(clock.instant().minus(ago)), id)
                .update();
    }

    public String status(long id) {
        return jdbc.sql("SELECT status FROM outbox_mail WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse("DELETED");
    }

    private long queued(String to, String name, Duration dueIn) {
        Instant now = clock.instant();
        long id = inserts.queue(
                "booking-confirmed",
                to,
                name,
                "kk",
                "Жазылдыңыз: Киіз басу",
                "Сәлеметсіз бе",
                "<p>Сәлеметсіз бе</p>",
                now);
        jdbc.sql("UPDATE outbox_mail SET next_attempt_at = ? WHERE id = ?")
                .params(utc(now.plus(dueIn)), id)
                .update();
        return id;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package kz.sheber.notification.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a newly queued mail (and its files) as plain INSERTs. Queuing happens inside other features' busiest
 * transactions (every booking); an {@link OutboxMail} entity there cost a persist, a cascade and a dirty check of its
 * bodies at every later flush, for a row that transaction never reads again. The worker reads and changes the rows
 * as entities.
 */
@Component
public class OutboxInserts {

    private final JdbcClient jdbc;

    OutboxInserts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A QUEUED mail due now; returns its id. */
    public long queue(
            String template,
            String recipient,
            String recipientName,
            String language,
            String subject,
            String textBody,
            String htmlBody,
            Instant now) {
        LocalDateTime utc = utc(now);
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO outbox_mail (template, recipient, recipient_name, language, subject, text_body,
                            html_body, status, attempts, next_attempt_at, created_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0)""")
                .params(
                        template,
                        recipient,
                        recipientName,
                        language,
                        subject,
                        textBody,
                        htmlBody,
                        MailStatus.QUEUED.name(),
                        utc,
                        utc)
                .update(id, "id");
        return Objects.requireNonNull(id.getKeyAs(Number.class)).longValue();
    }

    public void attach(long mailId, String fileName, String contentType, byte[] content) {
        jdbc.sql("INSERT INTO outbox_attachment (mail_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")
                .params(mailId, fileName, contentType, content)
                .update();
    }
}

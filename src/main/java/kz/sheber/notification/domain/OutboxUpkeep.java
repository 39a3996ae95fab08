package kz.sheber.notification.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.instantOrNull;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Staff's look at mail that did not go out, their "send again", and the removal of old sent mail. Plain SQL: the
 * list needs no bodies, and each change is one conditional statement, so it holds whatever a worker does meanwhile.
 */
@Component
public class OutboxUpkeep {

    /** A mail that gave up (FAILED) or is waiting to retry after a failed attempt. */
    public record Undelivered(
            long id,
            Instant createdAt,
            String recipient,
            String recipientName,
            String template,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant nextAttemptAt) {}

    private final JdbcClient jdbc;

    OutboxUpkeep(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<Undelivered> undelivered(int limit) {
        return jdbc.sql("""
                        SELECT id, created_at, recipient, recipient_name, template, subject, status, attempts,
                            last_error, next_attempt_at
                        FROM outbox_mail
                        WHERE status = 'FAILED' OR (status IN ('QUEUED', 'SENDING') AND attempts > 0)
                        ORDER BY created_at DESC, id DESC
                        LIMIT ?""")
                .param(limit)
                .query((rs, n) -> new Undelivered(
                        rs.getLong(1),
                        instant(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getString(9),
                        instant(rs, 10)))
                .list();
    }

    public long failedCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE status = 'FAILED'")
                .query(Long.class)
                .single();
    }

    /**
     * Puts a FAILED mail back in the queue, due now, with its attempts counted afresh. Only a mail that is FAILED at
     * this moment changes (the version moves on, so no worker's earlier read of it counts any more); returns false
     * when it was not FAILED, e.g. because someone sent it again a moment ago.
     */
    public boolean requeueFailed(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE outbox_mail SET status = 'QUEUED', attempts = 0, next_attempt_at = ?,
                            version = version + 1
                        WHERE id = ? AND status = 'FAILED'""").params(utc(now), id).update() == 1;
    }

    /** What kind of mail this is (its template's name), if it is still in the outbox. */
    public Optional<String> templateOf(long id) {
        return jdbc.sql("SELECT template FROM outbox_mail WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** Up to {@code limit} SENT mails sent before {@code cutoff}, oldest first; a plain read that locks nothing. */
    public List<Long> sentBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        SELECT id FROM outbox_mail WHERE status = 'SENT' AND sent_at < ?
                        ORDER BY sent_at, id LIMIT ?""").params(utc(cutoff), limit).query(Long.class).list();
    }

    /** Deletes these mails if they are still SENT before {@code cutoff}; locks only their own rows. */
    public int deleteSent(List<Long> ids, Instant cutoff) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM outbox_mail WHERE id IN (:ids) AND status = 'SENT' AND sent_at < :cutoff")
                .param("ids", ids)
                .param("cutoff", utc(cutoff))
                .update();
    }

    /** One mail to a person as their data export shows it. */
    public record Kept(Instant createdAt, @Nullable Instant sentAt, String status, String subject, String text) {}

    /** Every mail still kept for this address, oldest first. */
    public List<Kept> mailTo(String recipient) {
        return jdbc.sql("""
                        SELECT created_at, sent_at, status, subject, text_body FROM outbox_mail
                        WHERE recipient = ? ORDER BY created_at, id""")
                .param(recipient)
                .query((rs, n) -> new Kept(
                        instant(rs, 1), instantOrNull(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** Deletes every mail to this address, whatever its state (its attachments go with it); returns how many. */
    public int deleteMailTo(String recipient) {
        return jdbc.sql("DELETE FROM outbox_mail WHERE recipient = ?")
                .param(recipient)
                .update();
    }

    /**
     * Replaces a name in the kept mail to other people (an instructor's name in their class's mail) with
     * {@code instead}; returns how many mails changed. The HTML body holds the name escaped.
     */
    public int replaceName(String name, String escaped, String instead) {
        return jdbc.sql("""
                        UPDATE outbox_mail SET subject = REPLACE(subject, :name, :instead),
                            text_body = REPLACE(text_body, :name, :instead),
                            html_body = REPLACE(REPLACE(html_body, :escaped, :instead), :name, :instead),
                            recipient_name = REPLACE(recipient_name, :name, :instead)
                        WHERE subject LIKE :like OR text_body LIKE :like OR html_body LIKE :like
                           OR html_body LIKE :likeEscaped OR recipient_name LIKE :like""")
                .param("name", name)
                .param("escaped", escaped)
                .param("instead", instead)
                .param("like", "%" + name + "%")
                .param("likeEscaped", "%" + escaped + "%")
                .update();
    }
}

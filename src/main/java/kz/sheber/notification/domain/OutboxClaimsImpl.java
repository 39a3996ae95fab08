package kz.sheber.notification.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link OutboxClaims} in plain SQL, joined to the caller's transaction. */
class OutboxClaimsImpl implements OutboxClaims {

    private final JdbcClient jdbc;

    OutboxClaimsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Claim> claim(Instant now, Instant leaseEnd, int limit) {
        List<Claim> due = new ArrayList<>(lockDue(MailStatus.SENDING.name(), now, leaseEnd, limit));
        if (due.size() < limit) {
            due.addAll(lockDue(MailStatus.QUEUED.name(), now, leaseEnd, limit - due.size()));
        }
        if (due.isEmpty()) {
            return due;
        }
        List<Long> ids = due.stream().map(Claim::id).toList();
        jdbc.sql("UPDATE outbox_mail SET status = 'SENDING', next_attempt_at = :leaseEnd, version = version + 1 "
                        + "WHERE id IN (:ids)")
                .param("leaseEnd", utc(leaseEnd))
                .param("ids", ids)
                .update();
        Map<Long, List<File>> files = filesOf(ids);
        return due.stream()
                .map(mail -> new Claim(
                        mail.id(),
                        mail.version() + 1,
                        mail.template(),
                        mail.recipient(),
                        mail.recipientName(),
                        mail.subject(),
                        mail.textBody(),
                        mail.htmlBody(),
                        mail.createdAt(),
                        leaseEnd,
                        files.getOrDefault(mail.id(), List.of())))
                .toList();
    }

    /** The due rows, locked, as claims of the lease being taken (their files are read once they are ours). */
    private List<Claim> lockDue(String status, Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql("""
                        SELECT id, version, template, recipient, recipient_name, subject, text_body, html_body,
                            created_at
                        FROM outbox_mail
                        WHERE status = ? AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id
                        LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .params(status, utc(now), limit)
                .query((rs, n) -> new Claim(
                        rs.getLong("id"),
                        rs.getLong("version"),
                        rs.getString("template"),
                        rs.getString("recipient"),
                        rs.getString("recipient_name"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        instant(rs, "created_at"),
                        leaseEnd,
                        List.of()))
                .list();
    }

    private Map<Long, List<File>> filesOf(Collection<Long> ids) {
        Map<Long, List<File>> files = new HashMap<>();
        jdbc.sql("SELECT mail_id, file_name, content_type, content FROM outbox_attachment WHERE mail_id IN (:ids) "
                        + "ORDER BY id")
                .param("ids", ids)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong("mail_id"), id -> new ArrayList<>())
                            .add(new File(
                                    rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")));
                });
        return files;
    }

    @Override
    public List<Long> recordSent(List<Sent> sent, Instant now) {
        List<Long> lost = new ArrayList<>();
        List<Long> drop = new ArrayList<>();
        for (Sent mail : sent) {
            int changed =
                    jdbc.sql("""
                            UPDATE outbox_mail SET status = 'SENT', sent_at = ?, last_error = NULL,
                                version = version + 1
                            WHERE id = ? AND version = ?""").params(utc(now), mail.id(), mail.version()).update();
            if (changed == 0) {
                lost.add(mail.id());
            } else if (mail.hadFiles()) {
                drop.add(mail.id());
            }
        }
        if (!drop.isEmpty()) {
            jdbc.sql("DELETE FROM outbox_attachment WHERE mail_id IN (:ids)")
                    .param("ids", drop)
                    .update();
        }
        return lost;
    }
}

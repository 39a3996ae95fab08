package kz.sheber.roster.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Copies of what was written to a class, kept with the session. */
@Repository
public class ClassMessages {

    public record Sent(
            Instant sentAt, String sentBy, String subject, String body, boolean includeWaiting, int recipients) {}

    private final JdbcClient jdbc;

    ClassMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void keep(
            long sessionId,
            long sentBy,
            String sentByName,
            Instant now,
            String subject,
            String body,
            boolean includeWaiting,
            int recipients) {
        jdbc.sql("""
                INSERT INTO class_message (session_id, sent_by, sent_by_name, sent_at, subject, body, include_waiting,
                                           recipients) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sessionId, sentBy, sentByName, utc(now), subject, body, includeWaiting, recipients)
                .update();
    }

    public List<Sent> ofSession(long sessionId) {
        return jdbc.sql("""
                SELECT sent_at, sent_by_name, subject, body, include_waiting, recipients FROM class_message
                WHERE session_id = ? ORDER BY sent_at DESC, id DESC""")
                .param(sessionId)
                .query((rs, n) -> new Sent(
                        instant(rs, 1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getInt(6)))
                .list();
    }

    /** An erased instructor's name leaves the copies of what they wrote. */
    public int forgetSender(long personId) {
        return jdbc.sql("UPDATE class_message SET sent_by_name = '' WHERE sent_by = ?")
                .param(personId)
                .update();
    }

    /** Destroys the subject and text of up to {@code batch} messages sent before {@code before}; returns how many. */
    public int destroyTextsBefore(Instant before, Instant now, int batch) {
        return jdbc.sql("""
                UPDATE class_message SET subject = '', body = '', text_destroyed_at = ?
                WHERE sent_at < ? AND text_destroyed_at IS NULL ORDER BY sent_at LIMIT ?""").params(utc(now), utc(before), batch).update();
    }
}

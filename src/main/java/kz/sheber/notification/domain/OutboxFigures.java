package kz.sheber.notification.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import kz.sheber.base.db.UtcColumns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts of the outbox for metrics: one grouped query over the status index. */
@Component
public class OutboxFigures {

    private final JdbcClient jdbc;

    OutboxFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Snapshot snapshot(Instant now) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        Instant[] oldest = {null};
        jdbc.sql("""
                SELECT status, COUNT(*) AS mails,
                       MIN(CASE WHEN status IN ('QUEUED', 'SENDING') THEN created_at END) AS oldest
                FROM outbox_mail GROUP BY status""").query(rs -> {
            counts.put(MailStatus.valueOf(rs.getString("status")), rs.getLong("mails"));
            Instant waiting = UtcColumns.instantOrNull(rs, "oldest");
            if (waiting != null && (oldest[0] == null || waiting.isBefore(oldest[0]))) {
                oldest[0] = waiting;
            }
        });
        return new Snapshot(counts, oldest[0], now);
    }

    /** Mails per status, when the oldest still waiting was queued, and when this was counted. */
    public record Snapshot(
            Map<MailStatus, Long> counts, @Nullable Instant oldestWaiting, Instant takenAt) {

        public long count(MailStatus status) {
            return counts.getOrDefault(status, 0L);
        }
    }
}

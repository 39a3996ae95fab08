package kz.sheber.booking.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.Optional;
import kz.sheber.base.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The secret token of each resident's private calendar address, of which only a SHA-256 is kept. */
@Component
public class CalendarFeeds {

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the person's current address was made; empty if they have none. */
    public Optional<Instant> madeAt(long personId) {
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> instant(rs, 1))
                .optional();
    }

    /** Sets (or replaces) the person's token; the old address stops working at once. */
    public void setToken(long personId, String token, Instant now) {
        jdbc.sql("""
                        INSERT INTO calendar_feed (person_id, token_hash, created_at) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), created_at = VALUES(created_at)""").params(personId, Sha256.hex(token), utc(now)).update();
    }

    public Optional<Long> personOf(String token) {
        return jdbc.sql("SELECT person_id FROM calendar_feed WHERE token_hash = ?")
                .param(Sha256.hex(token))
                .query(Long.class)
                .optional();
    }

    /** Deletes the person's address; true if they had one. */
    public boolean forget(long personId) {
        return jdbc.sql("DELETE FROM calendar_feed WHERE person_id = ?")
                        .param(personId)
                        .update()
                > 0;
    }
}

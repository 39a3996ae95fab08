package kz.sheber.booking.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The secret token of each resident's private calendar address. */
@Component
public class CalendarFeeds {

    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> tokenOf(long personId) {
        return jdbc.sql("SELECT token FROM calendar_feed WHERE person_id = ?").param(personId).query(String.class).optional();
    }

    /** Sets (or replaces) the person's token; the old address stops working at once. */
    public void setToken(long personId, String token, Instant now) {
        jdbc.sql("""
                        INSERT INTO calendar_feed (person_id, token, created_at) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE token = VALUES(token), created_at = VALUES(created_at)""")
                .params(personId, token, utc(now))
                .update();
    }

    public Optional<Long> personOf(String token) {
        return jdbc.sql("SELECT person_id FROM calendar_feed WHERE token = ?").param(token).query(Long.class).optional();
    }
}

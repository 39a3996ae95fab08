package kz.sheber.privacy.erasure.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Why and on whose word each person was erased: ids and the staff's reason, never the person's name. */
@Repository
public class ErasureRecords {

    public record Erasure(
            Instant erasedAt, String channel, @Nullable Long byPerson, String reason) {}

    private final JdbcClient jdbc;

    ErasureRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @SuppressWarnings("NullAway") // JDBC takes null (no one, a system erasure) as SQL NULL
    public void insert(long personId, Instant at, String channel, @Nullable Long byPerson, String reason) {
        jdbc.sql("""
                INSERT INTO person_erasure (person_id, erased_at, channel, by_person, reason) VALUES (?, ?, ?, ?, ?)""").params(personId, utc(at), channel, byPerson, reason).update();
    }

    public Optional<Erasure> of(long personId) {
        return jdbc.sql("SELECT erased_at, channel, by_person, reason FROM person_erasure WHERE person_id = ?")
                .param(personId)
                .query((rs, n) -> new Erasure(
                        instant(rs, 1), rs.getString(2), (Long) rs.getObject(3, Long.class), rs.getString(4)))
                .optional();
    }
}

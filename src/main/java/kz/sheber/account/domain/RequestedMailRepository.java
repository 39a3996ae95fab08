package kz.sheber.account.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mails sent to an address on a stranger's request, by the address's hash, counted in the database. */
@Repository
public class RequestedMailRepository {

    private final JdbcClient jdbc;

    RequestedMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the person's row until the transaction ends, so two instances cannot both count below the limit. */
    public void lockPerson(long personId) {
        jdbc.sql("SELECT id FROM person WHERE id = ? FOR UPDATE")
                .param(personId)
                .query(Long.class)
                .optional();
    }

    public int countSince(String recipientHash, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM requested_mail WHERE recipient_hash = ? AND sent_at > ?")
                .params(recipientHash, utc(since))
                .query(Integer.class)
                .single();
    }

    public void record(String recipientHash, Instant at) {
        jdbc.sql("INSERT INTO requested_mail (recipient_hash, sent_at) VALUES (?, ?)")
                .params(recipientHash, utc(at))
                .update();
    }

    public void forgetOlderThan(Instant before) {
        jdbc.sql("DELETE FROM requested_mail WHERE sent_at < ?")
                .param(utc(before))
                .update();
    }
}

package kz.sheber.account.domain;

import static kz.sheber.base.db.UtcColumns.instantOrNull;
import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins, counted in the database so every app instance sees the same window. */
@Repository
public class SignInFailureRepository {

    private final JdbcClient jdbc;

    SignInFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many times an account failed since a moment, and when it last did. */
    public record Failures(int count, Optional<Instant> latest) {}

    public void record(String email, String remoteAddress, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (email, remote_address, failed_at) VALUES (?, ?, ?)")
                .params(email, remoteAddress, utc(at))
                .update();
    }

    public Failures forEmailSince(String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*), MAX(failed_at) FROM sign_in_failure WHERE email = ? AND failed_at > ?")
                .params(email, utc(since))
                .query((row, n) -> new Failures(row.getInt(1), Optional.ofNullable(instantOrNull(row, 2))))
                .single();
    }

    public int countForEmailAndAddressSince(String email, String remoteAddress, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE email = ? AND remote_address = ? AND failed_at > ?")
                .params(email, remoteAddress, utc(since))
                .query(Integer.class)
                .single();
    }

    public int countForAddressSince(String remoteAddress, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE remote_address = ? AND failed_at > ?")
                .params(remoteAddress, utc(since))
                .query(Integer.class)
                .single();
    }

    /** Whether the account's owner set a new password from an emailed link (reset or invitation) since then. */
    public boolean passwordSetFromLinkSince(String email, Instant since) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM account_token t JOIN person p ON p.id = t.person_id
                WHERE p.email = ? AND t.purpose IN ('RESET_PASSWORD', 'INVITATION') AND t.used_at > ?""").params(email, utc(since)).query(Integer.class).single() > 0;
    }

    public void forgetEmail(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = ?").param(email).update();
    }

    public void forgetOlderThan(Instant before) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?")
                .param(utc(before))
                .update();
    }
}

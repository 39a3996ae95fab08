package kz.sheber.account.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins, counted in the database so every app instance sees the same window. */
@Repository
public class SignInFailureRepository {

    private final JdbcClient jdbc;

    SignInFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String email, String remoteAddress, Instant at) {
        jdbc.sql("INSERT INTO sign_in_failure (email, remote_address, failed_at) VALUES (?, ?, ?)")
                .params(email, remoteAddress, utc(at))
                .update();
    }

    public int countForEmailSince(String email, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE email = ? AND failed_at > ?")
                .params(email, utc(since))
                .query(Integer.class)
                .single();
    }

    public int countForAddressSince(String remoteAddress, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_failure WHERE remote_address = ? AND failed_at > ?")
                .params(remoteAddress, utc(since))
                .query(Integer.class)
                .single();
    }

    public void forgetEmail(String email) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE email = ?").param(email).update();
    }

    public void forgetOlderThan(Instant before) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < ?").param(utc(before)).update();
    }
}

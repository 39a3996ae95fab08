package kz.sheber.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import kz.sheber.base.db.UtcColumns;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;

/** Issue 18: a session ended on another instance (a row in session_end) ends here at the next poll, once. */
@SheberTest
class SessionEndTest {

    @Autowired
    SessionTerminator terminator;

    @Autowired
    SessionRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void a_session_ended_by_another_instance_ends_here_at_the_next_poll_and_a_later_sign_in_is_left_alone() {
        PersonDetails person = new PersonDetails(987_654L, "", "", false, List.of());
        registry.registerNewSession("here-1", person);

        // What another instance's disabling of the account writes, as seen by this one
        jdbc.sql("INSERT INTO session_end (person_id, ended_at) VALUES (?, ?)")
                .params(person.personId(), UtcColumns.utc(clock.instant()))
                .update();
        terminator.poll();
        assertThat(registry.getSessionInformation("here-1").isExpired()).isTrue();

        // Signed in again after the end: the next polls do not end the new session
        registry.registerNewSession("here-2", person);
        terminator.poll();
        assertThat(registry.getSessionInformation("here-2").isExpired()).isFalse();
    }

    @Test
    void ending_a_persons_sessions_outside_a_transaction_ends_them_here_at_once_and_tells_the_others() {
        PersonDetails person = new PersonDetails(987_655L, "", "", false, List.of());
        registry.registerNewSession("here-3", person);
        Instant before = clock.instant();

        terminator.endSessionsOfAfterCommit(person.personId());

        assertThat(registry.getSessionInformation("here-3").isExpired()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM session_end WHERE person_id = ? AND ended_at >= ?")
                        .params(person.personId(), UtcColumns.utc(before))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}

package kz.sheber.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.sheber.booking.TestSessions;
import kz.sheber.privacy.PrivacyFixture;
import kz.sheber.privacy.RetentionApplied;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class RetentionTest {

    @Autowired
    PrivacyRetention retention;

    @Autowired
    PrivacyFixture fixture;

    @Autowired
    TestSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void residents_unseen_for_years_are_anonymised_in_batches_and_a_second_run_finds_nothing() {
        List<Long> dormant = sessions.residents(PrivacyRetention.BATCH + 3).stream()
                .map(p -> p.personId())
                .toList();
        dormant.forEach(id -> age(id, "40 MONTH", null));
        long signedInLately = sessions.resident().personId();
        age(signedInLately, "40 MONTH", "2 MONTH");
        long justRegistered = sessions.resident().personId();
        PrivacyFixture.Resident bookedLately = fixture.resident("kk");
        age(bookedLately.person().personId(), "40 MONTH", "40 MONTH");

        RetentionApplied first = retention.apply();

        assertThat(first.residentsAnonymised()).isGreaterThanOrEqualTo(dormant.size());
        assertThat(erased(dormant)).isEqualTo(dormant.size());
        assertThat(erased(List.of(
                        signedInLately, justRegistered, bookedLately.person().personId())))
                .isZero();
        assertThat(retention.apply().residentsAnonymised()).as("the second run").isZero();
        assertThat(erased(dormant)).isEqualTo(dormant.size());
    }

    @Test
    void class_messages_lose_their_text_after_the_kept_period_and_keep_who_wrote_to_how_many() {
        PrivacyFixture.Resident dana = fixture.resident("ru");
        long old = message(dana, "13 MONTH");
        long recent = message(dana, "11 MONTH");

        retention.apply();
        retention.apply();

        assertThat(text(old)).isEqualTo("|");
        assertThat(text(recent)).isNotEqualTo("|");
        assertThat(jdbc.sql("SELECT recipients FROM class_message WHERE id = ?")
                        .param(old)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_daily_job_runs_once_a_day_however_many_instances_call_it() {
        retention.daily();
        int runs = jdbc.sql("SELECT COUNT(*) FROM daily_job_run WHERE job = 'privacy-retention'")
                .query(Integer.class)
                .single();
        retention.daily();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM daily_job_run WHERE job = 'privacy-retention'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(runs)
                .isPositive();
    }

    /** Moves a person's registration (and last sign-in, when given) that far into the past. */
    private void age(long personId, String registered, String signedIn) {
        jdbc.sql("UPDATE person SET created_at = UTC_TIMESTAMP(6) - INTERVAL " + registered
                        + (signedIn == null ? "" : ", last_signed_in_at = UTC_TIMESTAMP(6) - INTERVAL " + signedIn)
                        + " WHERE id = ?")
                .param(personId)
                .update();
    }

    private int erased(List<Long> ids) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE erased_at IS NOT NULL AND full_name = '' AND id IN (:ids)")
                .param("ids", ids)
                .query(Integer.class)
                .single();
    }

    private long message(PrivacyFixture.Resident dana, String ago) {
        long id = jdbc.sql("SELECT MAX(id) FROM class_message WHERE session_id = ?")
                .param(dana.past().id())
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO class_message (session_id, sent_by, sent_by_name, sent_at, subject, body, include_waiting,
                                           recipients)
                SELECT session_id, sent_by, sent_by_name, UTC_TIMESTAMP(6) - INTERVAL\s""" + ago + """
                , subject, body, include_waiting, recipients FROM class_message WHERE id = ?""").param(id).update();
        return jdbc.sql("SELECT MAX(id) FROM class_message WHERE session_id = ?")
                .param(dana.past().id())
                .query(Long.class)
                .single();
    }

    private String text(long messageId) {
        return jdbc.sql("SELECT CONCAT(subject, '|', body) FROM class_message WHERE id = ?")
                .param(messageId)
                .query(String.class)
                .single();
    }
}

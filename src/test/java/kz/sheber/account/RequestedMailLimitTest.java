package kz.sheber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Nobody can flood a resident's inbox through the forms anyone may fill in. */
@SheberTest
class RequestedMailLimitTest {

    @Autowired
    AccountService accounts;

    @Autowired
    AccountProperties settings;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twenty_reset_requests_for_one_address_send_three_mails_and_one_more_an_hour_later() {
        String email = people.create(Roles.RESIDENT).email();

        for (int i = 0; i < 20; i++) {
            accounts.requestPasswordReset(email); // answers as always: no exception, nothing returned
        }
        assertReceivesExactly(email, settings.requestedMailsPerHour());

        clock.advance(RequestedMailLimit.WINDOW.plusSeconds(1));
        accounts.requestPasswordReset(email);
        assertReceivesExactly(email, settings.requestedMailsPerHour() + 1);
    }

    @Test
    void twenty_registrations_with_an_address_that_has_an_account_tell_its_owner_three_times() {
        String email = people.create(Roles.RESIDENT).email();

        for (int i = 0; i < 20; i++) {
            accounts.register(new Registration("Someone Else", email, "", "ru", "Другой-пароль-123", true));
        }

        assertReceivesExactly(email, settings.requestedMailsPerHour());
    }

    @Test
    void resets_and_registrations_share_one_limit_per_address() {
        String email = people.create(Roles.RESIDENT).email();

        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(email);
            accounts.register(new Registration("Someone Else", email, "", "kk", "Басқа-құпиясөз-123", true));
        }

        assertReceivesExactly(email, settings.requestedMailsPerHour());
    }

    @Test
    void twenty_reset_requests_at_the_same_moment_still_send_three_mails() throws Exception {
        String email = people.create(Roles.RESIDENT).email();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Void>> requests = IntStream.range(0, 20)
                    .<Callable<Void>>mapToObj(i -> () -> {
                        accounts.requestPasswordReset(email);
                        return null;
                    })
                    .toList();
            for (var done : threads.invokeAll(requests)) {
                done.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertReceivesExactly(email, settings.requestedMailsPerHour());
    }

    @Test
    void the_count_keeps_no_address_in_the_database() {
        String email = people.create(Roles.RESIDENT).email();
        accounts.requestPasswordReset(email);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM requested_mail WHERE recipient_hash LIKE ?")
                        .param("%" + email + "%")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM requested_mail")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    private static void assertReceivesExactly(String email, int count) {
        TestMail.awaitMessagesTo(email, count);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> TestMail.messagesTo(email).size() == count);
    }
}

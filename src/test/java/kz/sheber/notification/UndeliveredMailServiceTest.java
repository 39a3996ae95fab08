package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestMail;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class UndeliveredMailServiceTest {

    @Autowired
    UndeliveredMailService undelivered;

    @Autowired
    OutboxWorker worker;

    @Autowired
    TestOutbox outbox;

    @Autowired
    TestPeople people;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void staff_see_a_failed_mail_and_one_waiting_to_retry_newest_first_with_the_error_and_the_failed_count() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Дана Омарова");
        outbox.queuedAgo(failed, Duration.ofMinutes(5));
        long retrying = outbox.retrying(to, "Дана Омарова");
        TestCatalogue.signIn(people.create(Roles.ADMIN));

        var mine = undelivered.undelivered().stream()
                .filter(m -> m.recipient().equals(to))
                .toList();

        assertThat(mine).extracting(UndeliveredMail::id).containsExactly(retrying, failed);
        UndeliveredMail gaveUp = mine.get(1);
        assertThat(gaveUp.failed()).isTrue();
        assertThat(gaveUp.recipientName()).isEqualTo("Дана Омарова");
        assertThat(gaveUp.template()).isEqualTo("booking-confirmed");
        assertThat(gaveUp.attempts()).isEqualTo(10);
        assertThat(gaveUp.lastError()).contains("Couldn't connect");
        assertThat(mine.getFirst().failed()).isFalse();
        assertThat(mine.getFirst().nextAttemptAt()).isAfter(clock.instant().plus(Duration.ofMinutes(59)));
        assertThat(undelivered.failedCount()).isPositive();
    }

    @Test
    void sending_a_failed_mail_again_delivers_it_exactly_once_and_takes_it_off_the_list() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Иван Петров");
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        long failedBefore = undelivered.failedCount();

        undelivered.sendAgain(failed);

        assertThat(TestMail.awaitMessagesTo(to, 1)).hasSize(1);
        await().until(() -> outbox.status(failed).equals("SENT"));
        assertThat(undelivered.undelivered()).extracting(UndeliveredMail::id).doesNotContain(failed);
        assertThat(undelivered.failedCount()).isLessThan(failedBefore);

        clock.advance(Duration.ofHours(2));
        worker.sendDueMail();
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> TestMail.messagesTo(to).size() == 1);
    }

    @Test
    void a_mail_someone_already_sent_again_is_refused_with_a_message_instead_of_being_sent_twice() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Асель");
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        undelivered.sendAgain(failed);
        TestMail.awaitMessagesTo(to, 1);

        assertThatThrownBy(() -> undelivered.sendAgain(failed))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("notification.undelivered.notFailed");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> TestMail.messagesTo(to).size() == 1);
    }

    @Test
    void residents_and_instructors_can_neither_read_nor_resend_undelivered_mail() {
        long failed = outbox.failed(TestOutbox.address(), "Нұрлан");
        for (String role : new String[] {Roles.RESIDENT, Roles.INSTRUCTOR}) {
            TestCatalogue.signIn(people.create(role));
            assertThatThrownBy(() -> undelivered.undelivered()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> undelivered.failedCount()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> undelivered.sendAgain(failed)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(outbox.status(failed)).isEqualTo("FAILED");
    }
}

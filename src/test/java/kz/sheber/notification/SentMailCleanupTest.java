package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;

import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SheberTest
class SentMailCleanupTest {

    @Autowired
    SentMailCleanup cleanup;

    @Autowired
    TestOutbox outbox;

    @Autowired
    MailSettings settings;

    @Test
    void sent_mail_older_than_the_kept_period_goes_while_recent_sent_failed_and_queued_mail_stays() {
        String to = TestOutbox.address();
        long old = outbox.sent(to, settings.keepSent().plusDays(1));
        long recent = outbox.sent(to, settings.keepSent().minusDays(1));
        long failed = outbox.failed(to, "Ерлан");
        outbox.queuedAgo(failed, settings.keepSent().plusDays(30));
        long retrying = outbox.retrying(to, "Ерлан");
        outbox.queuedAgo(retrying, settings.keepSent().plusDays(30));

        assertThat(cleanup.removeOldSentMail()).isPositive();

        assertThat(outbox.status(old)).isEqualTo("DELETED");
        assertThat(outbox.status(recent)).isEqualTo("SENT");
        assertThat(outbox.status(failed)).isEqualTo("FAILED");
        assertThat(outbox.status(retrying)).isEqualTo("QUEUED");
    }

    @Test
    void more_old_mail_than_one_batch_is_deleted_in_several_batches_in_one_run() {
        String to = TestOutbox.address();
        for (int i = 0; i <= SentMailCleanup.BATCH; i++) {
            outbox.sent(to, settings.keepSent().plusDays(2));
        }
        long last = outbox.sent(to, settings.keepSent().plusDays(2));

        assertThat(cleanup.removeOldSentMail()).isGreaterThan(SentMailCleanup.BATCH);
        assertThat(outbox.status(last)).isEqualTo("DELETED");
    }
}

package kz.sheber.notification;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.ConflictRetry;
import kz.sheber.notification.domain.OutboxMailRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox workers beside the app's own, on the same tables, as another instance of the app runs them: with settings
 * of the test's choosing and, if it likes, a sender that misbehaves. A test stops each one it makes.
 */
@Component
class TestWorkers {

    private final OutboxMailRepository mails;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final SheberProperties installation;
    private final Clock clock;
    private final ConflictRetry retry;

    TestWorkers(
            OutboxMailRepository mails,
            TransactionTemplate transaction,
            ObjectProvider<JavaMailSender> smtp,
            MailSettings settings,
            SheberProperties installation,
            Clock clock,
            ConflictRetry retry) {
        this.mails = mails;
        this.transaction = transaction;
        this.smtp = smtp;
        this.settings = settings;
        this.installation = installation;
        this.clock = clock;
        this.retry = retry;
    }

    /** A worker sending through the test SMTP server. */
    OutboxWorker worker(MailSettings settings) {
        return worker(smtp, settings);
    }

    /** A worker sending through the given sender. */
    OutboxWorker worker(ObjectProvider<JavaMailSender> smtp, MailSettings settings) {
        return new OutboxWorker(
                mails, transaction, smtp, settings, installation, clock, retry, new SimpleMeterRegistry());
    }

    /** The app's mail settings. */
    MailSettings settings() {
        return settings;
    }

    /** The app's settings, with sending switched off (a staging copy of production data). */
    MailSettings sendingOff() {
        return settings(settings.batchSize(), false, settings.workers());
    }

    /** The app's settings, sending in batches of the given size. */
    MailSettings batchesOf(int size) {
        return settings(size, true, settings.workers());
    }

    /** The app's settings, with one sender, so a batch is never split between senders. */
    MailSettings oneSender() {
        return settings(settings.batchSize(), true, 1);
    }

    private MailSettings settings(int batchSize, boolean sending, int workers) {
        return new MailSettings(
                settings.from(),
                settings.pollInterval(),
                settings.maxAttempts(),
                batchSize,
                sending,
                settings.keepSent(),
                workers);
    }
}

package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code sheber.mail.sending=false} (a staging copy of production data): mail queues, nothing goes out. */
@SheberTest
class OutboxSendingOffTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestWorkers workers;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_worker_with_sending_off_never_reaches_smtp_and_claims_nothing() {
        String to = "staging-" + UUID.randomUUID() + "@sheber.test";
        ObjectProvider<JavaMailSender> noSmtpAllowed = new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                throw new AssertionError("a worker with sending off asked for SMTP");
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return getObject();
            }
        };
        OutboxWorker staging = workers.worker(noSmtpAllowed, workers.sendingOff());
        try {
            transaction.executeWithoutResult(status -> outbox.queue(OutgoingMail.of(
                    to, "Гүлнар", Locale.of("kk"), "verify-email", Map.of("link", "https://sheber.example.kz/v"))));

            assertThat(staging.sendDueMail()).isZero();
            assertThat(staging.sendDueMail()).isZero();
        } finally {
            staging.stop();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?")
                        .param(to)
                        .query(Long.class)
                        .single())
                .as("the mail stays in the outbox")
                .isEqualTo(1);
    }
}

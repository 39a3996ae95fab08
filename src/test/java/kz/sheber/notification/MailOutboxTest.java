package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import kz.sheber.base.SheberProperties;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SheberTest
class MailOutboxTest {

    @Autowired
    kz.sheber.base.db.ConflictRetry retry;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxWorker worker;

    @Autowired
    MailSettings settings;

    @Autowired
    SheberProperties centre;

    @Autowired
    TestClock clock;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduledTaskHolder scheduler;

    @Autowired
    TestWorkers workers;

    @Autowired
    ObjectProvider<JavaMailSender> smtp;

    @AfterEach
    void smtpIsBack() {
        TestMail.up();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kk, Электрондық поштаңызды растаңыз, 'Сәлеметсіз бе, Әлия!'",
        "ru, Подтвердите адрес электронной почты, 'Здравствуйте, Әлия!'",
        "en, Confirm your email address, 'Hello, Әлия!'"
    })
    void a_queued_mail_arrives_in_the_recipients_language_as_text_and_html_with_the_centre_and_a_working_link(
            String language, String subject, String greeting) throws Exception {
        Locale locale = Locale.of(language);
        String to = address();
        String link = centre.link("account/verify/abc123");
        queue(OutgoingMail.of(to, "Әлия", locale, "verify-email", Map.of("link", link)));

        MimeMessage mail = TestMail.awaitMessagesTo(to, 1).getFirst();
        Map<String, String> bodies = bodies(mail);

        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@sheber.local");
        assertThat(bodies).containsOnlyKeys("text/plain", "text/html");
        assertThat(link).startsWith(centre.publicUrl().toString());
        assertThat(bodies.get("text/plain"))
                .contains(
                        greeting,
                        "\n" + link + "\n",
                        centre.centre().name().in(locale),
                        centre.centre().address().in(locale));
        assertThat(bodies.get("text/html"))
                .contains(
                        "<html lang=\"" + language + "\">",
                        greeting,
                        "href=\"" + link + "\"",
                        centre.centre().name().in(locale),
                        centre.centre().address().in(locale));
    }

    @Test
    void nothing_is_sent_when_the_queuing_transaction_rolls_back() {
        String to = address();
        transaction.executeWithoutResult(status -> {
            outbox.queue(verifyEmail(to, "Асқар"));
            status.setRollbackOnly();
        });
        worker.sendDueMail();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?")
                        .param(to)
                        .query(Long.class)
                        .single())
                .isZero();
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> TestMail.messagesTo(to).isEmpty());
    }

    @Test
    void mail_cannot_be_queued_outside_the_transaction_of_the_change_that_causes_it() {
        assertThatThrownBy(() -> outbox.queue(verifyEmail(address(), "Асқар")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void while_smtp_is_down_mail_stays_queued_counting_attempts_then_goes_out_exactly_once_when_it_is_back() {
        String to = address();
        TestMail.down();
        queue(verifyEmail(to, "Дина"));

        await().until(() -> row(to).attempts() == 1); // the worker tried right after the commit
        Outboxed first = row(to);
        assertThat(first.status()).isEqualTo("QUEUED");
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.nextAttemptAt())
                .isBetween(clock.instant().plusSeconds(20), clock.instant().plusSeconds(31));

        worker.sendDueMail();
        assertThat(row(to).attempts())
                .as("not tried again before its back-off ends")
                .isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        worker.sendDueMail();
        await().until(() -> row(to).attempts() == 2);
        assertThat(row(to).nextAttemptAt())
                .as("the pause doubles")
                .isBetween(clock.instant().plusSeconds(50), clock.instant().plusSeconds(61));

        TestMail.up();
        clock.advance(Duration.ofSeconds(61));
        worker.sendDueMail();
        TestMail.awaitMessagesTo(to, 1);
        await().until(() -> row(to).status().equals("SENT"));

        clock.advance(Duration.ofHours(2));
        worker.sendDueMail();
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(2))
                .until(() -> TestMail.messagesTo(to).size() == 1);
    }

    @Test
    void a_mail_claimed_by_a_worker_that_died_mid_send_goes_out_once_its_lease_has_run_out() {
        String to = address();
        TestMail.down();
        queue(verifyEmail(to, "Нұрлан"));
        await().until(() -> row(to).attempts() == 1);
        TestMail.up();
        clock.advance(Duration.ofSeconds(31));

        assertThat(worker.claim()).extracting(ClaimedMail::recipient).contains(to); // ...and then it died
        worker.sendDueMail();
        assertThat(row(to).status()).as("leased to the dead worker").isEqualTo("SENDING");
        assertThat(TestMail.messagesTo(to)).isEmpty();

        clock.advance(OutboxWorker.LEASE);
        worker.sendDueMail();
        TestMail.awaitMessagesTo(to, 1);
        await().until(() -> row(to).status().equals("SENT"));
    }

    @Test
    void a_mail_sent_again_after_its_first_attempt_lost_the_servers_reply_carries_the_same_message_id()
            throws Exception {
        String to = address();
        TestMail.down();
        queue(verifyEmail(to, "Жанар"));
        await().until(() -> row(to).attempts() == 1); // keeps the app's own worker off it until the clock moves
        TestMail.up();
        clock.advance(Duration.ofSeconds(31));

        OutboxWorker replyLost = workers.worker(senderThatLosesTheReply(), settings);
        try {
            replyLost.sendDueMail();
        } finally {
            replyLost.stop();
        }
        assertThat(TestMail.messagesTo(to))
                .as("the first attempt reached the server")
                .hasSize(1);
        assertThat(row(to).status())
                .as("the worker saw a failure, so it tries again")
                .isEqualTo("QUEUED");
        clock.advance(Duration.ofSeconds(61));
        worker.sendDueMail();

        List<MimeMessage> received = TestMail.awaitMessagesTo(to, 2);
        assertThat(received.get(0).getMessageID())
                .isNotBlank()
                .endsWith("@" + centre.publicUrl().getHost() + ">")
                .isEqualTo(received.get(1).getMessageID());
    }

    @Test
    void a_mail_whose_worker_was_killed_after_handing_it_over_goes_again_after_the_lease_with_the_same_message_id()
            throws Exception {
        String to = address();
        queue(verifyEmail(to, "Бауыржан"));
        TestMail.awaitMessagesTo(to, 1);
        await().until(() -> row(to).status().equals("SENT"));
        // What a kill -9 between the server's "250 OK" and the commit of SENT leaves: the claim, its lease running
        jdbc.sql("UPDATE outbox_mail SET status = 'SENDING', sent_at = NULL, next_attempt_at = ? WHERE recipient = ?")
                .params(LocalDateTime.ofInstant(clock.instant().plus(OutboxWorker.LEASE), ZoneOffset.UTC), to)
                .update();

        worker.sendDueMail();
        assertThat(TestMail.messagesTo(to))
                .as("not while the dead worker's lease runs")
                .hasSize(1);
        clock.advance(OutboxWorker.LEASE.plusSeconds(1));
        worker.sendDueMail();

        List<MimeMessage> received = TestMail.awaitMessagesTo(to, 2);
        assertThat(received.get(1).getMessageID()).isEqualTo(received.get(0).getMessageID());
        await().until(() -> row(to).status().equals("SENT"));
    }

    @Test
    void a_file_sent_with_a_mail_arrives_and_is_then_dropped_from_the_outbox() throws Exception {
        String to = address();
        byte[] invite = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        queue(new OutgoingMail(
                to,
                "Сәуле",
                Locale.of("kk"),
                "verify-email",
                Map.of("link", centre.link("verify/x")),
                List.of(new MailAttachment("invite.ics", "text/calendar", invite))));

        MimeMessage mail = TestMail.awaitMessagesTo(to, 1).getFirst();
        assertThat(((Multipart) mail.getContent()).getBodyPart(1).getFileName()).isEqualTo("invite.ics");
        await().until(() -> row(to).status().equals("SENT"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_attachment a JOIN outbox_mail m ON m.id = a.mail_id "
                                + "WHERE m.recipient = ?")
                        .param(to)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void every_mail_has_its_own_message_id() throws Exception {
        String first = address();
        String second = address();
        queue(verifyEmail(first, "Жанар"));
        queue(verifyEmail(second, "Жанар"));

        assertThat(TestMail.awaitMessagesTo(first, 1).getFirst().getMessageID())
                .isNotEqualTo(TestMail.awaitMessagesTo(second, 1).getFirst().getMessageID());
    }

    /** Hands the mail to the server, then fails as if the connection broke before the server's "250 OK". */
    @Test
    void a_worker_stopped_mid_batch_sends_the_mail_in_hand_and_gives_the_rest_back_due_at_once() throws Exception {
        List<String> to = List.of(address(), address(), address());
        TestMail.down();
        to.forEach(address -> queue(verifyEmail(address, "Ерлан")));
        await().until(() -> to.stream().allMatch(address -> row(address).attempts() == 1)); // the app's worker tried
        TestMail.up();
        clock.advance(Duration.ofSeconds(31));
        AtomicReference<OutboxWorker> stopped = new AtomicReference<>();
        AtomicReference<Thread> stopper = new AtomicReference<>();
        // As SIGTERM does: the stop begins while the first mail of the batch is on its way to the server. One sender,
        // so the three mails are one batch (parallel senders' SKIP LOCKED scans may split them)
        OutboxWorker stopping = workers.worker(senderThatStopsItsWorker(stopped, stopper), workers.oneSender());
        stopped.set(stopping);

        stopping.sendDueMail();
        stopper.get().join();

        assertThat(to.stream().map(address -> row(address).status()))
                .as("one mail went out, the other two are back in the queue")
                .containsExactlyInAnyOrder("SENT", "QUEUED", "QUEUED");
        assertThat(to.stream()
                        .mapToInt(address -> TestMail.messagesTo(address).size())
                        .sum())
                .isEqualTo(1);
        worker.sendDueMail(); // the next start's worker, with the clock not moved: no lease to wait for
        to.forEach(address -> assertThat(TestMail.awaitMessagesTo(address, 1)).hasSize(1));
    }

    /** Sends through the real server, but the first send starts stopping the worker and waits until it has begun. */
    private ObjectProvider<JavaMailSender> senderThatStopsItsWorker(
            AtomicReference<OutboxWorker> worker, AtomicReference<Thread> stopper) {
        return realSenderWhoseSend((real, messages) -> {
            if (stopper.get() == null) {
                stopper.set(Thread.ofPlatform().start(worker.get()::stop));
                await().until(worker.get()::isStopping);
            }
            real.send(messages);
        });
    }

    /** Sends through the real server, then fails as if the connection broke before the server's reply came. */
    private ObjectProvider<JavaMailSender> senderThatLosesTheReply() {
        return realSenderWhoseSend((real, messages) -> {
            real.send(messages);
            throw new MailSendException("Connection reset while waiting for the reply to DATA");
        });
    }

    /** The real server's sender, as the worker is given it, with its sending of messages done by {@code send}. */
    private ObjectProvider<JavaMailSender> realSenderWhoseSend(BiConsumer<JavaMailSender, MimeMessage[]> send) {
        JavaMailSender real = smtp.getObject();
        JavaMailSender wrapped = new JavaMailSender() {
            @Override
            public MimeMessage createMimeMessage() {
                return real.createMimeMessage();
            }

            @Override
            public MimeMessage createMimeMessage(InputStream content) {
                return real.createMimeMessage(content);
            }

            @Override
            public void send(MimeMessage... messages) {
                send.accept(real, messages);
            }

            @Override
            public void send(SimpleMailMessage... messages) {
                throw new UnsupportedOperationException();
            }
        };
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("testSmtp", wrapped);
        return beans.getBeanProvider(JavaMailSender.class);
    }

    @Test
    void a_mail_that_keeps_failing_ends_failed_after_the_last_attempt_with_the_error_kept() {
        String to = address();
        TestMail.down();
        queue(verifyEmail(to, "Ерлан"));

        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1) {
                clock.advance(Duration.ofHours(1).plusSeconds(1));
                worker.sendDueMail();
            }
            int expected = attempt;
            await().until(() -> row(to).attempts() == expected);
        }
        clock.advance(Duration.ofHours(2));
        worker.sendDueMail();

        Outboxed last = row(to);
        assertThat(last.status()).isEqualTo("FAILED");
        assertThat(last.attempts()).isEqualTo(settings.maxAttempts());
        assertThat(last.lastError()).contains("Connect");
    }

    @Test
    void a_name_with_a_script_tag_is_shown_as_text_in_the_html() throws Exception {
        String to = address();
        queue(verifyEmail(to, "<script>alert('x')</script>"));

        String html = bodies(TestMail.awaitMessagesTo(to, 1).getFirst()).get("text/html");

        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script");
    }

    @Test
    void the_worker_also_polls_at_the_configured_interval_for_retries_and_mail_left_by_a_crash() {
        assertThat(scheduler.getScheduledTasks()).anySatisfy(scheduled -> {
            assertThat(scheduled.getTask().toString()).endsWith("OutboxWorker.poll");
            assertThat(((IntervalTask) scheduled.getTask()).getIntervalDuration())
                    .isEqualTo(settings.pollInterval());
        });
    }

    @Test
    void without_an_smtp_server_configured_the_worker_leaves_mail_queued_instead_of_failing() {
        OutboxWorker unconfigured = new OutboxWorker(
                null,
                transaction,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                settings,
                centre,
                clock,
                retry,
                new SimpleMeterRegistry());
        try {
            assertThat(unconfigured.sendDueMail()).isZero();
            assertThat(unconfigured.sendDueMail()).isZero();
        } finally {
            unconfigured.stop();
        }
    }

    private void queue(OutgoingMail mail) {
        transaction.executeWithoutResult(status -> outbox.queue(mail));
    }

    private OutgoingMail verifyEmail(String to, String name) {
        return OutgoingMail.of(to, name, Locale.of("kk"), "verify-email", Map.of("link", centre.link("verify/x")));
    }

    static String address() {
        return "resident-" + UUID.randomUUID() + "@sheber.test";
    }

    private Outboxed row(String recipient) {
        return jdbc.sql("SELECT status, attempts, next_attempt_at, last_error FROM outbox_mail WHERE recipient = ?")
                .param(recipient)
                .query((rs, n) -> new Outboxed(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(4)))
                .single();
    }

    private record Outboxed(String status, int attempts, Instant nextAttemptAt, String lastError) {}

    /** The message's text parts by content type, wherever they sit in the multipart tree. */
    static Map<String, String> bodies(Part part) throws Exception {
        Map<String, String> bodies = new HashMap<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                bodies.putAll(bodies(child));
            }
        } else if (part.getContentType().startsWith("text/")) {
            bodies.put(
                    part.getContentType().split(";")[0].toLowerCase(Locale.ROOT),
                    ((String) part.getContent()).replace("\r\n", "\n")); // SMTP may turn line ends into CRLF
        }
        return bodies;
    }
}

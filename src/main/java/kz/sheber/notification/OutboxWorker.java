package kz.sheber.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.ConflictRetry;
import kz.sheber.notification.domain.MailStatus;
import kz.sheber.notification.domain.OutboxClaims;
import kz.sheber.notification.domain.OutboxMail;
import kz.sheber.notification.domain.OutboxMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mail: claims a batch in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so another sender or
 * instance takes other rows), marks it SENDING with a lease, sends without holding locks over one SMTP connection,
 * then records the batch's results, each against the version it claimed. A worker that dies mid-send leaves its
 * mails to be claimed again when the lease ends, and sent again with the same Message-ID. Runs on a timer and right
 * after a transaction that queued mail commits, with a few senders in parallel. At shutdown each sender finishes the
 * mail it is sending and gives the rest of its batch back to the queue, so the next start sends them at once.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    /**
     * A send starts only while this much of the lease is left, so it ends before anyone may claim the mail again;
     * the SMTP timeouts in application.properties keep one send well inside it.
     */
    private static final Duration SEND_WINDOW = Duration.ofMinutes(3);

    private final OutboxMailRepository mails;
    private final TransactionTemplate transaction;
    private final ConflictRetry retry;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailSettings settings;
    private final Clock clock;
    private final String messageIdDomain;
    private final AtomicBoolean toldSmtpMissing = new AtomicBoolean();
    private final AtomicBoolean toldSendingOff = new AtomicBoolean();
    private final AtomicBoolean runPending = new AtomicBoolean();
    private volatile boolean stopping;
    private final Timer sent;
    private final Timer failed;
    /** When the worker last showed it is running: every poll and every batch (readiness reads it). */
    private volatile Instant lastBeat;

    private final ExecutorService soon = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("mail-outbox").daemon().factory());
    private final ExecutorService senders;

    OutboxWorker(
            OutboxMailRepository mails,
            TransactionTemplate transaction,
            ObjectProvider<JavaMailSender> smtp,
            MailSettings settings,
            SheberProperties installation,
            Clock clock,
            ConflictRetry retry,
            MeterRegistry registry) {
        this.mails = mails;
        this.retry = retry;
        this.transaction = transaction;
        this.smtp = smtp;
        this.settings = settings;
        this.clock = clock;
        this.lastBeat = clock.instant(); // the first poll comes one interval after start-up
        String host = installation.publicUrl().getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "sheber.local" : host;
        this.senders = Executors.newFixedThreadPool(
                settings.workers(),
                Thread.ofPlatform().name("mail-sender-", 1).daemon().factory());
        this.sent = sendTimer(registry, "sent");
        this.failed = sendTimer(registry, "failed");
    }

    private static Timer sendTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("sheber.mail.send")
                .description("Time to hand one mail to the SMTP server, from the first byte to its reply")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }

    @Scheduled(
            fixedDelayString = "${sheber.mail.poll-interval:10s}",
            initialDelayString = "${sheber.mail.poll-interval:10s}")
    void poll() {
        lastBeat = clock.instant();
        sendDueMailLogged();
    }

    /** Asks for a run as soon as possible, off the caller's thread; asks made while one waits share it. */
    void sendSoon() {
        if (runPending.compareAndSet(false, true)) {
            soon.execute(() -> {
                runPending.set(false);
                sendDueMailLogged();
            });
        }
    }

    /** Asks for a run once the caller's transaction commits: mail it queued or requeued is then visible. */
    void sendAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sendSoon();
            }
        });
    }

    /**
     * Sends every mail that is due now and returns how many went out: {@code sheber.mail.workers} senders at once,
     * each claiming its own batches and keeping its SMTP connection open from one mail to the next.
     */
    int sendDueMail() {
        if (stopping) {
            return 0;
        }
        if (!settings.sending()) {
            if (toldSendingOff.compareAndSet(false, true)) {
                log.warn("sheber.mail.sending=false: mail is queued in the outbox and not sent");
            }
            return 0;
        }
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            if (toldSmtpMissing.compareAndSet(false, true)) {
                log.warn("spring.mail.host is not set: queued mail stays in the outbox until SMTP is configured");
            }
            return 0;
        }
        if (settings.workers() == 1) {
            return sendBatches(sender);
        }
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            runs.add(senders.submit(() -> sendBatches(sender)));
        }
        int sent = 0;
        for (Future<Integer> run : runs) {
            try {
                sent += run.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }

    /**
     * One sender: claims batch after batch until the outbox has no more due mail for it, and records the mails of
     * a batch that went out in one transaction after the batch (a commit per mail bounded it before). A crash before
     * that commit leaves them claimed, so they go again after the lease, with the same Message-ID: at most a batch.
     */
    private int sendBatches(JavaMailSender sender) {
        int sent = 0;
        try (Delivery delivery = Delivery.through(sender)) {
            List<ClaimedMail> batch;
            do {
                lastBeat = clock.instant();
                batch = claim();
                delivery.startBatch();
                List<ClaimedMail> handedOver = new ArrayList<>(batch.size());
                int next = 0;
                // the rest of a batch past its send window is claimed again when its lease ends
                while (next < batch.size() && !stopping && inSendWindow(batch.get(next))) {
                    ClaimedMail mail = batch.get(next++);
                    if (send(delivery, mail)) {
                        handedOver.add(mail);
                    }
                }
                recordSent(handedOver);
                sent += handedOver.size();
                if (stopping && next < batch.size()) {
                    release(batch.subList(next, batch.size()));
                    return sent;
                }
            } while (!batch.isEmpty() && !stopping); // a short batch may only mean others held the rest a moment
        }
        return sent;
    }

    private boolean inSendWindow(ClaimedMail mail) {
        return !clock.instant().isAfter(mail.leaseEnd().minus(SEND_WINDOW));
    }

    boolean isStopping() {
        return stopping;
    }

    Instant lastBeat() {
        return lastBeat;
    }

    private void sendDueMailLogged() {
        try {
            sendDueMail();
        } catch (RuntimeException e) {
            log.error("The outbox worker could not run; it tries again at the next poll", e);
        }
    }

    List<ClaimedMail> claim() {
        Instant now = clock.instant();
        // On Galera SKIP LOCKED skips only this node's locks: another node's claim of the same rows wins at COMMIT,
        // and the claim is made again, now without them
        return retry.run(
                transaction,
                status -> mails.claim(now, now.plus(LEASE), settings.batchSize()).stream()
                        .map(mail -> ClaimedMail.of(mail, messageIdDomain))
                        .toList());
    }

    private void release(List<ClaimedMail> unsent) {
        transaction.executeWithoutResult(
                status -> unsent.forEach(mail -> mails.release(mail.id(), mail.version(), clock.instant())));
        log.info("Stopping: {} claimed mails go back to the outbox for the next start", unsent.size());
    }

    private boolean send(Delivery delivery, ClaimedMail mail) {
        long start = System.nanoTime();
        try {
            delivery.send(mail, settings.from(), clock.instant());
            sent.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            failed.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            String error = describe(e);
            record(mail, queued -> {
                queued.failed(clock.instant(), error, settings.maxAttempts());
                if (queued.status() == MailStatus.FAILED) {
                    log.error(
                            "Mail {} ({}) gave up after {} attempts: {}",
                            mail.id(),
                            mail.template(),
                            queued.attempts(),
                            error);
                } else {
                    log.warn(
                            "Mail {} ({}) was not sent, attempt {} of {}: {}",
                            mail.id(),
                            mail.template(),
                            queued.attempts(),
                            settings.maxAttempts(),
                            error);
                }
            });
            return false;
        }
        log.debug("Mail {} ({}) handed to the SMTP server", mail.id(), mail.template());
        return true;
    }

    /** SENT for each mail still this sender's claim, in one transaction; a batch holds a few dozen at most. */
    private void recordSent(List<ClaimedMail> handedOver) {
        if (handedOver.isEmpty()) {
            return;
        }
        List<OutboxClaims.Sent> sent = handedOver.stream()
                .map(mail -> new OutboxClaims.Sent(
                        mail.id(), mail.version(), !mail.attachments().isEmpty()))
                .toList();
        List<Long> lost = retry.run(transaction, status -> mails.recordSent(sent, clock.instant()));
        lost.forEach(id -> log.warn("Mail {} was claimed again during its send", id));
    }

    /** Changes the mail only if it is still this worker's claim. */
    @SuppressWarnings("NullAway") // the transaction's callback has no result: null is its "done"
    private void record(ClaimedMail claimed, Consumer<OutboxMail> change) {
        try {
            retry.run(transaction, status -> {
                mails.findById(claimed.id())
                        .filter(mail -> mail.version() == claimed.version())
                        .ifPresentOrElse(
                                change, () -> log.warn("Mail {} was claimed again during its send", claimed.id()));
                return null;
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            log.warn("Mail {} was claimed again during its send", claimed.id());
        }
    }

    /** The error without the message itself: the innermost cause's type and text. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root == error ? error.getMessage() : error.getMessage() + " <- " + root.getMessage();
        return root.getClass().getSimpleName() + ": " + text;
    }

    /**
     * Runs before the database stops (the worker depends on it): senders finish the mail in hand and give back the
     * rest, within the shutdown phase's time; only one stuck past that is cut off, and its lease brings it back.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        soon.shutdown();
        senders.shutdown();
        try {
            if (!soon.awaitTermination(20, TimeUnit.SECONDS) || !senders.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("The outbox worker did not finish within 25 s; mail it held is sent after its lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        soon.shutdownNow();
        senders.shutdownNow();
    }
}

package kz.sheber.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Two app instances on one database: here, two more workers beside the app's own, all on the same tables. */
@SheberTest
class OutboxWorkerRaceTest {

    private static final int MAILS = 50;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestWorkers workers;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void two_workers_racing_over_fifty_queued_mails_send_each_exactly_once() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> recipients = IntStream.range(0, MAILS)
                .mapToObj(i -> "race-" + i + "-" + run + "@sheber.test")
                .toList();
        // Small batches, so the workers meet often
        OutboxWorker first = workers.worker(workers.batchesOf(3));
        OutboxWorker second = workers.worker(workers.batchesOf(3));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = List.of(
                    threads.submit(() -> sendUntilNoneLeft(first, run)),
                    threads.submit(() -> sendUntilNoneLeft(second, run)));
            transaction.executeWithoutResult(status -> recipients.forEach(to -> outbox.queue(OutgoingMail.of(
                    to, "Гүлнар", Locale.of("ru"), "verify-email", Map.of("link", "https://sheber.example.kz/v")))));

            int sentByRacers = sent.get(0).get() + sent.get(1).get();
            assertThat(sentByRacers).as("the racing workers did the work").isPositive();
        } finally {
            threads.shutdownNow();
            first.stop();
            second.stop();
        }

        recipients.forEach(to -> TestMail.awaitMessagesTo(to, 1));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> recipients.stream()
                        .allMatch(to -> TestMail.messagesTo(to).size() == 1));
        assertThat(unsent(run)).isZero();
    }

    private int sendUntilNoneLeft(OutboxWorker worker, String run) throws InterruptedException {
        int sent = 0;
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((sent == 0 || unsent(run) > 0) && System.nanoTime() < giveUp) {
            int now = worker.sendDueMail();
            sent += now;
            if (now == 0) {
                Thread.sleep(2);
            }
        }
        return sent;
    }

    private long unsent(String run) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND status <> 'SENT'")
                .param("race-%-" + run + "@sheber.test")
                .query(Long.class)
                .single();
    }
}

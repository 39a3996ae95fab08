package kz.sheber.notification.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import kz.sheber.notification.MailOutbox;
import kz.sheber.notification.OutgoingMail;
import kz.sheber.support.Cost;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many mails a second one app instance sends to a local SMTP server (GreenMail), from the commit that queues
 * them to the last one marked SENT, with the CPU time it took this JVM (the app and GreenMail) and the database
 * server. Not a test: its name keeps it out of {@code mvn test}; run it with {@code ./mvnw test
 * -Dtest=OutboxBenchmark} ({@code -Dbench.mails=2000 -Dbench.rounds=3 -Dbench.recipients=50} are the defaults). The
 * mails of a round go to a few dozen addresses: GreenMail looks a recipient up among all the users it has made by
 * scanning them, so 2,000 new addresses a round made the test server slower with every round.
 */
@SheberTest
@Tag("benchmark")
class OutboxBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OutboxBenchmark.class);

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mails_per_second() {
        measure(50); // warm-up: JIT, connection pool, GreenMail
        int mails = Integer.getInteger("bench.mails", 2000);
        for (int round = 0; round < Integer.getInteger("bench.rounds", 3); round++) {
            measure(mails);
        }
    }

    /** Logs the whole (queueing in one transaction, then sending) and the sending alone, from the commit. */
    private void measure(int mails) {
        String run = UUID.randomUUID().toString();
        int recipients = Integer.getInteger("bench.recipients", 50);
        long before = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_mail")
                .query(Long.class)
                .single();
        long begin = System.nanoTime();
        transaction.executeWithoutResult(status -> IntStream.range(0, mails)
                .forEach(i -> outbox.queue(OutgoingMail.of(
                        "bench-" + i % recipients + "-" + run + "@sheber.test",
                        "Айгүл",
                        Locale.of("kk"),
                        "password-reset",
                        Map.of("link", "https://sheber.example.kz/reset/" + i, "validHours", 24)))));
        long committed = System.nanoTime();
        Cost queued = Cost.now(jdbc);
        // Counted on the (status, sent_at) index, which holds the id: no row with its bodies is read
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE status = 'SENT' AND id > ?")
                                .param(before)
                                .query(Long.class)
                                .single()
                        == mails);
        long end = System.nanoTime();
        long total = Duration.ofNanos(end - begin).toMillis();
        long sending = Duration.ofNanos(end - committed).toMillis();
        log.info(
                "Outbox benchmark: {} mails in {} ms = {} mails/s; queueing {} ms, sending {} ms = {} mails/s; "
                        + "load average {}; per mail sent: {}",
                mails,
                total,
                mails * 1000L / total,
                total - sending,
                sending,
                mails * 1000L / sending,
                Cost.loadAverage(),
                Cost.now(jdbc).since(queued, mails));
    }
}

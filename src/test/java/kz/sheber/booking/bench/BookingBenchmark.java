package kz.sheber.booking.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.TestSessions;
import kz.sheber.notification.MailSettings;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.Cost;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Booking under load: 2,000 concurrent attempts over 50 sessions of 12 seats through {@link BookingService} (the
 * app's pool, security, the row lock, the booking row, the outbox mail with its invite), then the database's own
 * ceiling: as many bare conditional UPDATE transactions on 50 other sessions through the same pool. Each path runs
 * a warm-up round on sessions of its own first. Not a test: its name keeps it out of {@code mvn test}; run it with
 * {@code ./mvnw -B test -Dtest=BookingBenchmark}, and with {@code -Dsheber.mail.sending=false} to keep the outbox
 * worker (and GreenMail, which runs in this JVM) off the two cores while measuring the booking path alone.
 */
@SheberTest
@Tag("benchmark")
class BookingBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BookingBenchmark.class);
    private static final int ATTEMPTS = 2_000;
    private static final int SESSIONS = 50;
    private static final int CAPACITY = 12;
    private static final int THREADS = 40;
    private static final int WARMUP = 2_000;

    @Autowired BookingService bookings;
    @Autowired TestSessions sessions;
    @Autowired DataSource dataSource;
    @Autowired MailSettings mail;
    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.hikari.maximum-pool-size}") int poolSize;

    @Test
    void booking_throughput_against_the_raw_conditional_update_ceiling() throws Exception {
        // A warm-up round of each path first (JIT, caches, the pool), as a server that has run for a while
        measure(WARMUP);
        Round round = measure(ATTEMPTS);
        log.info("""

                Booking under load: {} attempts over {} sessions of {} seats, {} threads, pool {}, outbox {}
                  booking service : {} bookings/s, p50 {} ms, p99 {} ms ({} confirmed, the rest waiting)
                                    per booking: {}
                  raw UPDATE      : {} transactions/s, p50 {} ms, p99 {} ms
                                    per transaction: {}
                  ratio           : {}
                  oversold seats  : {}""",
                ATTEMPTS, SESSIONS, CAPACITY, THREADS, poolSize,
                mail.sending() ? "sending (to GreenMail in this JVM)" : "queuing only (sheber.mail.sending=false)",
                fmt(round.service().perSecond()), fmt(round.service().p50()), fmt(round.service().p99()),
                round.confirmed(), round.service().cost(), fmt(round.database().perSecond()),
                fmt(round.database().p50()), fmt(round.database().p99()), round.database().cost(), fmt(round.service().perSecond() / round.database().perSecond()),
                round.oversold());
        assertThat(round.oversold()).isZero();
    }

    private record Round(Result service, Result database, int confirmed, int oversold) {}

    private Round measure(int attempts) throws Exception {
        List<SessionCard> booked = new ArrayList<>();
        List<SessionCard> raw = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            booked.add(sessions.session(CAPACITY));
            raw.add(sessions.session(CAPACITY));
        }
        List<PersonDetails> residents = sessions.residents(attempts);
        AtomicInteger confirmed = new AtomicInteger();

        Result service = run(attempts, i -> {
            TestCatalogue.signIn(residents.get(i));
            try {
                var done = bookings.book(new BookingRequest(booked.get(i % SESSIONS).id(), 1 + i % 2, true, null));
                if (done.state() == BookingState.CONFIRMED) {
                    confirmed.incrementAndGet();
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        Result database = run(attempts, i -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement(
                        "UPDATE workshop_session SET booked_seats = booked_seats + ? WHERE id = ? AND booked_seats + ? <= capacity")) {
                    int seats = 1 + i % 2;
                    s.setInt(1, seats);
                    s.setLong(2, raw.get(i % SESSIONS).id());
                    s.setInt(3, seats);
                    s.executeUpdate();
                }
                c.commit();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        int oversold = 0;
        for (SessionCard s : booked) {
            int total = sessions.bookedSeats(s.id());
            oversold += Math.max(0, total - CAPACITY) + Math.abs(total - sessions.confirmedSeats(s.id()));
        }
        for (SessionCard s : raw) {
            oversold += Math.max(0, sessions.bookedSeats(s.id()) - CAPACITY);
        }
        return new Round(service, database, confirmed.get(), oversold);
    }

    private record Result(double perSecond, double p50, double p99, String cost) {}

    private Result run(int attempts, java.util.function.IntConsumer attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                start.await();
                long t0 = System.nanoTime();
                attempt.accept(n);
                latencies.add(System.nanoTime() - t0);
                return null;
            }));
        }
        Cost before = Cost.now(jdbc);
        long begin = System.nanoTime();
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        String cost = Cost.now(jdbc).since(before, attempts);
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(attempts / seconds, sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                cost);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

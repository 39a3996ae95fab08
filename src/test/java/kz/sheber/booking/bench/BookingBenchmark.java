package kz.sheber.booking.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking under load: 2,000 concurrent attempts over 50 sessions of 12 seats through {@link BookingService} (the
 * app's pool, security, the row lock, the booking row, the outbox mail with its invite), then the database's own
 * ceilings through the same pool, each on 50 sessions of its own: as many bare conditional UPDATE transactions, and
 * as many transactions of the same writes a booking makes, as raw JDBC (the conditional UPDATE, the session's row
 * lock when it is full, the booking row with its arrival number, the outbox mail with the bodies and invite of a
 * real booking's mail). Each path runs a warm-up round on sessions of its own first. Not a test: its name keeps it out of {@code mvn test}; run it with
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
    /** The raw path's mails are queued as never due (the worker leaves them), under a template of their own. */
    private static final String RAW_TEMPLATE = "bench-raw";

    private static final AtomicInteger REFERENCES = new AtomicInteger();

    @Autowired
    BookingService bookings;

    @Autowired
    TestSessions sessions;

    @Autowired
    DataSource dataSource;

    @Autowired
    MailSettings mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    @Test
    void booking_throughput_against_the_raw_conditional_update_ceiling() throws Exception {
        // A warm-up round of each path first (JIT, caches, the pool), as a server that has run for a while
        measure(WARMUP);
        Round round = measure(ATTEMPTS);
        log.info(
                """

                Booking under load: {} attempts over {} sessions of {} seats, {} threads, pool {}, outbox {}
                  booking service : {} bookings/s, p50 {} ms, p99 {} ms ({} confirmed, the rest waiting)
                                    per booking: {}
                  raw UPDATE      : {} transactions/s, p50 {} ms, p99 {} ms
                                    per transaction: {}
                  raw same writes : {} transactions/s, p50 {} ms, p99 {} ms
                                    per transaction: {}
                  ratio           : {} of the bare UPDATE, {} of the same writes
                  oversold seats  : {}""",
                ATTEMPTS,
                SESSIONS,
                CAPACITY,
                THREADS,
                poolSize,
                mail.sending() ? "sending (to GreenMail in this JVM)" : "queuing only (sheber.mail.sending=false)",
                fmt(round.service().perSecond()),
                fmt(round.service().p50()),
                fmt(round.service().p99()),
                round.confirmed(),
                round.service().cost(),
                fmt(round.database().perSecond()),
                fmt(round.database().p50()),
                fmt(round.database().p99()),
                round.database().cost(),
                fmt(round.writes().perSecond()),
                fmt(round.writes().p50()),
                fmt(round.writes().p99()),
                round.writes().cost(),
                fmt(round.service().perSecond() / round.database().perSecond()),
                fmt(round.service().perSecond() / round.writes().perSecond()),
                round.oversold());
        assertThat(round.oversold()).isZero();
    }

    private record Round(Result service, Result database, Result writes, int confirmed, int oversold) {}

    private Round measure(int attempts) throws Exception {
        List<SessionCard> booked = new ArrayList<>();
        List<SessionCard> raw = new ArrayList<>();
        List<SessionCard> written = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            booked.add(sessions.session(CAPACITY));
            raw.add(sessions.session(CAPACITY));
            written.add(sessions.session(CAPACITY));
        }
        List<PersonDetails> residents = sessions.residents(attempts);
        QueuedMail sample = sampleMail(written.getLast(), residents.getLast());
        AtomicInteger confirmed = new AtomicInteger();

        Result service = run(attempts, i -> {
            TestCatalogue.signIn(residents.get(i));
            try {
                var done = bookings.book(
                        BookingRequest.asItStands(booked.get(i % SESSIONS).id(), 1 + i % 2, true));
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

        Result writes = run(
                attempts,
                i -> sameWrites(written.get(i % SESSIONS).id(), residents.get(i).personId(), 1 + i % 2, sample));

        int oversold = 0;
        for (SessionCard s : booked) {
            int total = sessions.bookedSeats(s.id());
            oversold += Math.max(0, total - CAPACITY) + Math.abs(total - sessions.confirmedSeats(s.id()));
        }
        for (SessionCard s : raw) {
            oversold += Math.max(0, sessions.bookedSeats(s.id()) - CAPACITY);
        }
        for (SessionCard s : written) {
            int total = sessions.bookedSeats(s.id());
            oversold += Math.max(0, total - CAPACITY) + Math.abs(total - sessions.confirmedSeats(s.id()));
        }
        return new Round(service, database, writes, confirmed.get(), oversold);
    }

    /** What the outbox holds for one booking: the rendered mail and its invite. */
    private record QueuedMail(
            String template,
            String language,
            String subject,
            String text,
            String html,
            String fileName,
            String contentType,
            byte[] invite) {}

    /**
     * The mail a real booking queues, read inside that booking's transaction, which is then rolled back: the raw
     * path writes rows of the same size, and the outbox worker never sees this one.
     */
    private QueuedMail sampleMail(SessionCard session, PersonDetails resident) {
        return transaction.execute(status -> {
            TestCatalogue.signIn(resident);
            try {
                bookings.book(BookingRequest.asItStands(session.id(), 1, false));
                QueuedMail mail = jdbc.sql("""
                                SELECT m.template, m.language, m.subject, m.text_body, m.html_body, a.file_name,
                                    a.content_type, a.content
                                FROM outbox_mail m JOIN outbox_attachment a ON a.mail_id = m.id
                                WHERE m.recipient = ?""")
                        .param(resident.email())
                        .query((rs, n) -> new QueuedMail(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getBytes(8)))
                        .single();
                status.setRollbackOnly();
                return mail;
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /**
     * A booking's writes without the application: take the seats if they are free (else lock the session's row and
     * join the waiting list, as the service does), the booking row numbered under that lock, the mail and its invite.
     * References start with 0, which the service's alphabet lacks, so they never clash with its own.
     */
    private void sameWrites(long sessionId, long personId, int seats, QueuedMail mail) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            boolean confirmed;
            try (PreparedStatement take =
                    c.prepareStatement("UPDATE workshop_session SET booked_seats = booked_seats + ? "
                            + "WHERE id = ? AND booked_seats + ? <= capacity")) {
                take.setInt(1, seats);
                take.setLong(2, sessionId);
                take.setInt(3, seats);
                confirmed = take.executeUpdate() == 1;
            }
            if (!confirmed) {
                try (PreparedStatement lock =
                        c.prepareStatement("SELECT id FROM workshop_session WHERE id = ? FOR UPDATE")) {
                    lock.setLong(1, sessionId);
                    lock.executeQuery().close();
                }
            }
            try (PreparedStatement booking = c.prepareStatement("""
                    INSERT INTO booking (reference, session_id, person_id, seats, status, arrival, created_at,
                        confirmed_at, version)
                    SELECT ?, ?, ?, ?, ?, COALESCE(MAX(arrival), 0) + 1, UTC_TIMESTAMP(6),
                        IF(?, UTC_TIMESTAMP(6), NULL), 0
                    FROM booking WHERE session_id = ?""")) {
                booking.setString(1, String.format("0%05d", REFERENCES.incrementAndGet()));
                booking.setLong(2, sessionId);
                booking.setLong(3, personId);
                booking.setInt(4, seats);
                booking.setString(5, confirmed ? "CONFIRMED" : "WAITING");
                booking.setBoolean(6, confirmed);
                booking.setLong(7, sessionId);
                booking.executeUpdate();
            }
            long mailId;
            try (PreparedStatement queued = c.prepareStatement("""
                    INSERT INTO outbox_mail (template, recipient, recipient_name, language, subject, text_body,
                        html_body, status, attempts, next_attempt_at, created_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, '2100-01-01', UTC_TIMESTAMP(6), 0)""", Statement.RETURN_GENERATED_KEYS)) {
                queued.setString(1, RAW_TEMPLATE);
                queued.setString(2, "raw-" + personId + "@sheber.test");
                queued.setString(3, "Тұрғын " + personId);
                queued.setString(4, mail.language());
                queued.setString(5, mail.subject());
                queued.setString(6, mail.text());
                queued.setString(7, mail.html());
                queued.executeUpdate();
                try (ResultSet key = queued.getGeneratedKeys()) {
                    key.next();
                    mailId = key.getLong(1);
                }
            }
            if (confirmed) { // the service attaches the invite to a confirmation, not to a waiting-list mail
                try (PreparedStatement file = c.prepareStatement("INSERT INTO outbox_attachment "
                        + "(mail_id, file_name, content_type, content) VALUES (?, ?, ?, ?)")) {
                    file.setLong(1, mailId);
                    file.setString(2, mail.fileName());
                    file.setString(3, mail.contentType());
                    file.setBytes(4, mail.invite());
                    file.executeUpdate();
                }
            }
            c.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
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
        return new Result(
                attempts / seconds,
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.get(sorted.size() * 99 / 100) / 1e6,
                cost);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}

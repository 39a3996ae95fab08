package kz.sheber.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.roster.MessageToClass;
import kz.sheber.roster.RosterService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.Cost;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestMail;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The mail bursts a resident waits for: an instructor's message to a class of 40, and the reminders of a busy
 * morning (sessions of 12 booked full, all starting within the reminder window). Each is timed from the call that
 * queues the mail (the instructor's send, the reminder job's run) until the SMTP peer (GreenMail, in this JVM) has
 * accepted the last one. Not a test: its name keeps it out of {@code mvn test}; run it with {@code ./mvnw test
 * -Dtest=MailBurstBenchmark} ({@code -Dbench.rounds=3 -Dbench.class=40 -Dbench.morning.sessions=20} are the
 * defaults). In this package for the reminder job, which is the booking feature's own.
 */
@SheberTest
@Tag("benchmark")
class MailBurstBenchmark {

    private static final Logger log = LoggerFactory.getLogger(MailBurstBenchmark.class);
    private static final int SEATS = 12;

    @Autowired
    TestSessions sessions;

    @Autowired
    BookingService bookings;

    @Autowired
    RosterService rosters;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_message_to_a_class_and_the_reminders_of_a_busy_morning() {
        int rounds = Integer.getInteger("bench.rounds", 3);
        int classSize = Integer.getInteger("bench.class", 40);
        int morning = Integer.getInteger("bench.morning.sessions", 20);
        List<String> results = new ArrayList<>();
        messageToClass(5); // warm-up: JIT, pool, GreenMail
        morningReminders(2);
        for (int round = 0; round < rounds; round++) {
            results.add(messageToClass(classSize));
            results.add(morningReminders(morning));
        }
        log.info("\n\nMail bursts, until the SMTP peer accepted the last mail:\n  {}\n", String.join("\n  ", results));
    }

    private String messageToClass(int size) {
        SessionCard session = sessions.session(size);
        book(session, size);
        settled();
        TestCatalogue.signIn(new PersonDetails(session.instructorId(), "i@test", "", true, List.of(Roles.INSTRUCTOR)));
        try {
            Cost before = Cost.now(jdbc);
            long start = System.nanoTime();
            int queued = rosters.writeToClass(
                    session.id(),
                    new MessageToClass(
                            "Ертеңгі сабақ", "Алжапқыш пен қылқалам әкеліңіздер. Сабақ уақытында басталады.", false));
            long committed = System.nanoTime();
            assertThat(queued).isEqualTo(size);
            return timed("message to a class of " + size, size, start, committed, before);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String morningReminders(int count) {
        List<SessionCard> morning = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SessionCard session = sessions.session(SEATS);
            book(session, SEATS);
            morning.add(session);
        }
        settled();
        // Tomorrow from 9:00, a session every ten minutes: all inside the 24 hours before, so all due at once
        for (int i = 0; i < count; i++) {
            sessions.moveStart(morning.get(i).id(), Duration.ofHours(20).plusMinutes(10L * i));
        }
        Cost before = Cost.now(jdbc);
        long start = System.nanoTime();
        int queued = reminders.sendDue();
        long committed = System.nanoTime();
        assertThat(queued)
                .as("reminders queued by this run (the minute's scheduled run may have taken some)")
                .isPositive();
        return timed(
                "reminders for " + count + " sessions of " + SEATS + " (" + count * SEATS + " mails)",
                count * SEATS,
                start,
                committed,
                before);
    }

    /** Waits until GreenMail holds {@code mails} messages and says how long that took from {@code start}. */
    private String timed(String what, int mails, long start, long committed, Cost before) {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> TestMail.allMessages().size() >= mails);
        long end = System.nanoTime();
        assertThat(TestMail.allMessages()).hasSize(mails);
        return String.format(
                Locale.ROOT,
                "%s: %d ms (queued in %d ms), load average %s; per mail: %s",
                what,
                (end - start) / 1_000_000,
                (committed - start) / 1_000_000,
                Cost.loadAverage(),
                Cost.now(jdbc).since(before, mails));
    }

    private void book(SessionCard session, int people) {
        for (PersonDetails resident : sessions.residents(people)) {
            TestCatalogue.signIn(resident);
            try {
                bookings.book(BookingRequest.asItStands(session.id(), 1, false));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    /** The confirmations of the bookings just made are sent and the test mailboxes emptied. */
    private void settled() {
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE status IN ('QUEUED', 'SENDING')")
                                .query(Long.class)
                                .single()
                        == 0);
        TestMail.purge();
    }
}

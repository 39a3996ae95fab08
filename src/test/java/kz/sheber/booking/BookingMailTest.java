package kz.sheber.booking;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestMail;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class BookingMailTest {

    @Autowired
    BookingService bookings;

    @Autowired
    TestSessions sessions;

    @Autowired
    Reminders reminders;

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_confirmation_is_in_kazakh_with_the_reference_and_an_invite_whose_start_is_the_sessions_start()
            throws Exception {
        SessionCard session = sessions.session(8);
        PersonDetails dana = sessions.resident();
        signIn(dana);

        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 2, false));

        MimeMessage mail = TestMail.awaitMessagesTo(dana.email(), 1).getFirst();
        assertThat(mail.getSubject()).startsWith("Жазылу расталды");
        VEvent event = invite(mail);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("booking-" + booked.reference() + "@localhost");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(session.startsAt());
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
        assertThat(event.getLocation().getValue()).contains(session.roomName());
        assertThat(event.getAlarms()).isNotEmpty();
    }

    @Test
    void changing_seats_sends_the_same_uid_with_a_higher_sequence() throws Exception {
        SessionCard session = sessions.session(8);
        PersonDetails ivan = sessions.resident();
        signIn(ivan);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));

        bookings.changeSeats(booked.id(), 3);

        List<MimeMessage> mails = TestMail.awaitMessagesTo(ivan.email(), 2);
        VEvent first = invite(mails.get(0));
        VEvent second = invite(mails.get(1));
        assertThat(second.getUid()).isEqualTo(first.getUid());
        assertThat(second.getSequence().getSequenceNo())
                .isGreaterThan(first.getSequence().getSequenceNo());
    }

    @Test
    void when_staff_move_a_session_everyone_booked_gets_the_new_time_and_an_updated_invite() throws Exception {
        SessionCard session = sessions.session(8);
        PersonDetails aigul = sessions.resident();
        signIn(aigul);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        VEvent before = invite(TestMail.awaitMessagesTo(aigul.email(), 1).getFirst());

        catalogue.signInAdmin();
        java.time.LocalDateTime newStart =
                java.time.LocalDateTime.ofInstant(session.startsAt().plus(Duration.ofHours(2)), TestSessions.ALMATY);
        planning.editSession(new kz.sheber.schedule.SessionEdit(
                session.id(),
                session.version(),
                newStart,
                newStart.plus(Duration.between(session.startsAt(), session.endsAt())),
                session.roomId(),
                session.instructorId(),
                session.capacity()));

        MimeMessage changed = TestMail.awaitMessagesTo(aigul.email(), 2).get(1);
        assertThat(changed.getSubject()).startsWith("Сабақ өзгерді");
        VEvent after = invite(changed);
        assertThat(after.getUid()).isEqualTo(before.getUid());
        assertThat(after.getSequence().getSequenceNo())
                .isGreaterThan(before.getSequence().getSequenceNo());
        assertThat(Instant.from(after.getDateTimeStart().getDate()))
                .isEqualTo(session.startsAt().plus(Duration.ofHours(2)));
        assertThat(booked.reference()).isNotBlank();
    }

    @Test
    void when_the_centre_cancels_a_session_every_booking_and_waiting_place_ends_and_everyone_is_told_why()
            throws Exception {
        SessionCard session = sessions.session(1);
        PersonDetails booked = sessions.resident();
        signIn(booked);
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        PersonDetails waiting = sessions.resident();
        signIn(waiting);
        bookings.book(BookingRequest.asItStands(session.id(), 1, true));

        catalogue.signInAdmin();
        planning.cancelSession(
                session.id(),
                schedule.session(session.id()).orElseThrow().card().version(),
                "Шебер ауырып қалды");

        assertThat(TestMail.awaitMessagesTo(booked.email(), 2).get(1).getSubject())
                .startsWith("Орталық сабақты болдырмады");
        assertThat(TestMail.awaitMessagesTo(waiting.email(), 2)
                        .get(1)
                        .getContent()
                        .toString())
                .isNotNull();
        assertThat(sessions.bookedSeats(session.id())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM booking WHERE session_id = ? AND status <> 'CANCELLED'")
                        .param(session.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_reminder_goes_once_even_when_two_reminder_jobs_race_and_never_for_a_cancelled_booking() throws Exception {
        SessionCard session = sessions.session(8, Duration.ofHours(20));
        PersonDetails aigerim = sessions.resident();
        signIn(aigerim);
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        PersonDetails cancelled = sessions.resident();
        signIn(cancelled);
        bookings.cancel(
                bookings.book(BookingRequest.asItStands(session.id(), 1, false)).id());
        SecurityContextHolder.clearContext();

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::sendDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reminders::sendDue);
        one.get();
        two.get();
        reminders.sendDue();

        List<MimeMessage> mails = TestMail.awaitMessagesTo(aigerim.email(), 2);
        Thread.sleep(500);
        assertThat(TestMail.messagesTo(aigerim.email())).hasSize(2);
        assertThat(mails.get(1).getSubject()).startsWith("Еске салу");
        assertThat(TestMail.messagesTo(cancelled.email()).stream()
                        .filter(m -> subject(m).startsWith("Еске салу")))
                .isEmpty();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static VEvent invite(MimeMessage mail) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    Calendar calendar = new CalendarBuilder().build(in);
                    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue())
                            .isIn("REQUEST", "CANCEL");
                    return calendar.<VEvent>getComponents("VEVENT").getFirst();
                }
            }
        }
        throw new AssertionError("No calendar invite in " + mail.getSubject());
    }
}

package kz.sheber.audit;

import static kz.sheber.support.TestCatalogue.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import kz.sheber.account.AccountService;
import kz.sheber.account.Registration;
import kz.sheber.account.StaffService;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.FieldChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingSummary;
import kz.sheber.booking.TestSessions;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.notification.TestOutbox;
import kz.sheber.notification.UndeliveredMailService;
import kz.sheber.roster.RosterService;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SeriesCreated;
import kz.sheber.schedule.SeriesPlan;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionEdit;
import kz.sheber.schedule.TimetableService;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@SheberTest
class AuditTrailTest {

    @Autowired
    AuditService audit;

    @Autowired
    BookingService bookings;

    @Autowired
    TimetableService schedule;

    @Autowired
    PlanningService planning;

    @Autowired
    TestSessions sessions;

    @Autowired
    TestCatalogue catalogue;

    @Autowired
    TestPeople people;

    @Autowired
    RosterService rosters;

    @Autowired
    Clock clock;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    AccountService accounts;

    @Autowired
    StaffService staff;

    @Autowired
    UndeliveredMailService undelivered;

    @Autowired
    TestOutbox outbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_booking_step_leaves_one_entry_with_who_did_it_and_what_changed() {
        SessionCard session = sessions.session(4);
        PersonDetails resident = sessions.resident();
        signIn(resident);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        bookings.changeSeats(booked.id(), 3);
        bookings.cancel(booked.id());

        List<AuditLine> history = historyAsStaff(booked.reference());

        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly("booking.booked", "booking.seats_changed", "booking.cancelled");
        assertThat(history).allSatisfy(line -> {
            assertThat(line.entry().actorId()).isEqualTo(resident.personId());
            assertThat(line.entry().subjectId()).isEqualTo(resident.personId());
            assertThat(line.entry().sessionId()).isEqualTo(session.id());
            assertThat(line.entry().channel()).isEqualTo("ONLINE");
        });
        assertThat(history.get(1).entry().changes()).containsExactly(new FieldChange("seats", "1", "3"));
        assertThat(history.get(2).entry().changes()).containsExactly(new FieldChange("seats", "3", null));
    }

    @Test
    void a_promotion_after_a_cancellation_shows_both_and_the_promotion_is_the_systems() {
        SessionCard session = sessions.session(2);
        PersonDetails first = sessions.resident();
        PersonDetails second = sessions.resident();
        signIn(first);
        BookingSummary held = bookings.book(BookingRequest.asItStands(session.id(), 2, false));
        signIn(second);
        BookingSummary waiting = bookings.book(BookingRequest.asItStands(session.id(), 2, true));
        signIn(first);
        bookings.cancel(held.id());

        assertThat(historyAsStaff(held.reference()))
                .extracting(line -> line.entry().action())
                .containsExactly("booking.booked", "booking.cancelled");
        List<AuditLine> promoted = historyAsStaff(waiting.reference());
        assertThat(promoted)
                .extracting(line -> line.entry().action())
                .containsExactly("booking.joined_waiting_list", "booking.promoted");
        assertThat(promoted.get(1).entry().actorId()).isNull();
        assertThat(promoted.get(1).entry().actorJob()).isEqualTo("waiting-list");
        assertThat(promoted.get(1).entry().channel()).isEqualTo("SYSTEM");
        assertThat(promoted.get(1).entry().subjectId()).isEqualTo(second.personId());
    }

    @Test
    void a_refused_booking_leaves_no_entry() {
        SessionCard session = sessions.session(1);
        sessions.book(session, 1, false);
        signIn(sessions.resident());
        assertThatThrownBy(() -> bookings.book(BookingRequest.asItStands(session.id(), 1, false)))
                .isInstanceOf(InvalidInput.class);

        catalogue.signInAdmin();
        assertThat(audit.sessionHistory(session.id()))
                .extracting(line -> line.entry().action())
                .containsExactly("session.planned", "booking.booked");
    }

    @Test
    void desk_bookings_name_the_staff_member_and_the_desk() {
        SessionCard session = sessions.session(4);
        PersonDetails resident = sessions.resident();
        PersonDetails admin = catalogue.signInAdmin();
        BookingSummary booked =
                bookings.bookAtDesk(resident.personId(), BookingRequest.asItStands(session.id(), 2, false));

        AuditLine line = audit.bookingHistory(booked.reference()).getFirst();
        assertThat(line.entry().actorId()).isEqualTo(admin.personId());
        assertThat(line.entry().channel()).isEqualTo("DESK");
        assertThat(line.actorName()).isEqualTo("Тест ADMIN");
        assertThat(line.subjectName()).startsWith("Тұрғын");
    }

    @Test
    void moving_a_session_records_the_old_and_new_times_and_the_rebooking_mails_are_the_sessions() {
        SessionCard session = sessions.session(4);
        catalogue.signInAdmin();
        planning.editSession(new SessionEdit(
                session.id(),
                session.version(),
                session.startsAt()
                        .plusSeconds(3600)
                        .atZone(ZoneId.of("Asia/Almaty"))
                        .toLocalDateTime(),
                null,
                session.roomId(),
                session.instructorId(),
                3));

        List<AuditLine> history = audit.sessionHistory(session.id());
        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly("session.planned", "session.moved", "session.capacity_changed");
        assertThat(history.get(1).entry().changes())
                .extracting(FieldChange::field)
                .containsExactly("start", "end");
        assertThat(history.get(2).entry().changes()).containsExactly(new FieldChange("capacity", "4", "3"));
    }

    @Test
    void a_series_records_its_skipped_dates_and_a_change_to_the_rest_of_it_records_the_plan_before_and_after() {
        catalogue.signInAdmin();
        long instructor = people.create(Roles.INSTRUCTOR).personId();
        WorkshopDetails workshop = catalogue.workshop(instructor);
        LocalDate monday = LocalDate.now(clock).plusMonths(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        SeriesCreated created = planning.createSeries(new SeriesPlan(
                workshop.id(),
                catalogue.room(10).id(),
                instructor,
                null,
                Set.of(DayOfWeek.MONDAY),
                monday,
                monday.plusDays(21),
                LocalTime.of(10, 0),
                Set.of(monday.plusDays(14), monday.plusDays(7))));
        SessionCard first =
                schedule.taughtBy(instructor, monday, monday.plusDays(30)).getFirst();

        planning.editRestOfSeries(new SessionEdit(
                first.id(),
                first.version(),
                monday.atTime(16, 0),
                monday.atTime(18, 0),
                first.roomId(),
                first.instructorId(),
                first.capacity()));

        List<AuditLine> history = audit.find(
                new AuditFilter(null, null, null, "series.", "SERIES", String.valueOf(created.seriesId()), null),
                0,
                10);
        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly("series.changed", "series.created");
        assertThat(history.get(1).entry().changes())
                .containsExactly(
                        new FieldChange("sessions", null, "2"),
                        new FieldChange("skipped_dates", null, monday.plusDays(7) + ", " + monday.plusDays(14)));
        assertThat(history.get(0).entry().changes())
                .contains(new FieldChange("start_time", "10:00", "16:00"), new FieldChange("sessions", null, "2"))
                .extracting(FieldChange::field)
                .doesNotContain("room", "instructor", "capacity");
        assertThat(history)
                .allSatisfy(line -> assertThat(line.entry().actorId()).isNotNull());
    }

    @Test
    void a_failed_mail_sent_again_by_staff_names_the_staff_member_and_the_kind_of_mail_but_not_the_address() {
        String to = TestOutbox.address();
        long failed = outbox.failed(to, "Иван Петров");
        PersonDetails admin = people.create(Roles.ADMIN);
        TestCatalogue.signIn(admin);

        undelivered.sendAgain(failed);

        List<AuditLine> entries = audit.find(
                new AuditFilter(null, null, null, "mail.sent_again", "MAIL", String.valueOf(failed), null), 0, 10);
        assertThat(entries).singleElement().satisfies(line -> {
            assertThat(line.entry().actorId()).isEqualTo(admin.personId());
            assertThat(line.entry().changes()).containsExactly(new FieldChange("template", null, "booking-confirmed"));
            assertThat(line.entry().changes().toString()).doesNotContain(to);
        });
    }

    @Test
    void an_instructor_reads_their_own_sessions_history_without_names_and_never_anothers() {
        SessionCard mine = sessions.session(4);
        SessionCard theirs = sessions.session(4);
        signIn(sessions.resident());
        bookings.book(BookingRequest.asItStands(mine.id(), 1, false));
        PersonDetails instructor = new PersonDetails(mine.instructorId(), "", "", true, List.of(Roles.INSTRUCTOR));
        signIn(instructor);

        assertThat(audit.sessionHistory(mine.id()))
                .extracting(line -> line.entry().action())
                .containsExactly("session.planned", "booking.booked");
        assertThat(audit.sessionHistory(mine.id())).allSatisfy(line -> {
            assertThat(line.actorName()).isNull();
            assertThat(line.subjectName()).isNull();
        });
        assertThatThrownBy(() -> audit.sessionHistory(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.find(AuditFilter.everything(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.bookingHistory("ABCDEF")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_resident_reads_their_own_booking_history_and_nothing_of_anothers() {
        SessionCard session = sessions.session(4);
        PersonDetails dana = sessions.resident();
        PersonDetails ivan = sessions.resident();
        signIn(dana);
        BookingSummary danas = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        signIn(ivan);
        bookings.book(BookingRequest.asItStands(session.id(), 1, false));

        assertThat(audit.myBookingHistory(danas.reference())).isEmpty();
        assertThatThrownBy(() -> audit.find(AuditFilter.everything(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.sessionHistory(session.id())).isInstanceOf(AccessDeniedException.class);
        signIn(dana);
        assertThat(audit.myBookingHistory(danas.reference()))
                .singleElement()
                .satisfies(line -> assertThat(line.byReader()).isTrue());
    }

    @Test
    void the_centre_wide_log_filters_by_person_and_action_and_pages_newest_first() {
        SessionCard session = sessions.session(8);
        PersonDetails resident = sessions.resident();
        signIn(resident);
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 1, false));
        bookings.changeSeats(booked.id(), 2);
        bookings.changeSeats(booked.id(), 3);
        catalogue.signInAdmin();

        AuditFilter byResident = new AuditFilter(null, null, resident.personId(), null, null, null, null);
        assertThat(audit.count(byResident)).isEqualTo(3);
        assertThat(audit.find(byResident, 0, 2))
                .extracting(line -> line.entry().changes().getFirst().after())
                .containsExactly("3", "2");
        assertThat(audit.find(byResident, 2, 2))
                .extracting(line -> line.entry().action())
                .containsExactly("booking.booked");
        AuditFilter changes = new AuditFilter(null, null, resident.personId(), "booking.seats", null, null, null);
        assertThat(audit.count(changes)).isEqualTo(2);
    }

    @Test
    void attendance_marked_and_taken_back_at_the_door_joins_the_bookings_history() {
        SessionCard session = sessions.session(4, Duration.ofHours(3));
        signIn(sessions.resident());
        BookingSummary booked = bookings.book(BookingRequest.asItStands(session.id(), 2, false));
        ((TestClock) clock).advance(Duration.between(clock.instant(), session.startsAt()));
        catalogue.signInAdmin();
        rosters.markPresent(session.id(), booked.id(), 1);
        rosters.markNoShow(session.id(), booked.id());
        rosters.undo(session.id(), booked.id());

        List<AuditLine> history = audit.bookingHistory(booked.reference());
        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly("booking.booked", "attendance.marked", "attendance.marked", "attendance.undone");
        assertThat(history.subList(1, history.size()))
                .extracting(line -> line.entry().changes().getFirst())
                .containsExactly(
                        new FieldChange("attendance", null, "PRESENT 1"),
                        new FieldChange("attendance", "PRESENT 1", "NO_SHOW"),
                        new FieldChange("attendance", "NO_SHOW", null));
        assertThat(history.subList(1, history.size()))
                .allSatisfy(line -> assertThat(line.entry().channel()).isEqualTo("DOOR"));
    }

    @Test
    void a_new_room_and_a_changed_one_are_recorded_with_their_fields() {
        catalogue.signInAdmin();
        RoomDetails room = catalogue.room(6);
        int before = audit.count(new AuditFilter(null, null, null, "room.", "ROOM", String.valueOf(room.id()), null));

        assertThat(before).isEqualTo(1);
        assertThat(audit.find(
                                new AuditFilter(
                                        null, null, null, "room.created", "ROOM", String.valueOf(room.id()), null),
                                0,
                                1)
                        .getFirst()
                        .entry()
                        .changes())
                .contains(new FieldChange("capacity", null, "6"));
    }

    @Test
    void sign_ins_that_worked_failed_or_were_held_back_are_in_the_persons_history_and_a_strangers_email_is_not() {
        PersonDetails dana = people.create(Roles.RESIDENT);
        signIn.authenticate(attempt(dana.email(), TestPeople.PASSWORD));
        for (int i = 0; i < 6; i++) {
            try {
                signIn.authenticate(attempt(dana.email(), "not-her-password"));
            } catch (AuthenticationException refused) {
                // the fifth failure holds the address back; the sixth try is refused by the limit
            }
        }
        catalogue.signInAdmin();

        List<AuditLine> history =
                audit.find(new AuditFilter(null, null, dana.personId(), "account.", null, null, null), 0, 20);
        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly(
                        "account.sign_in_throttled",
                        "account.sign_in_failed",
                        "account.sign_in_failed",
                        "account.sign_in_failed",
                        "account.sign_in_failed",
                        "account.sign_in_failed",
                        "account.signed_in");
        assertThat(history.getLast().entry().actorId()).isEqualTo(dana.personId());
        assertThat(history.getFirst().entry().actorJob()).isEqualTo("sign-in-throttle");
        assertThat(history.get(1).entry().actorId()).isNull();
        assertThat(history.getLast().entry().changes()).containsExactly(new FieldChange("address", null, "10.9.8.7"));
    }

    @Test
    void registering_and_what_staff_do_to_an_account_are_recorded_by_who_did_it_and_no_address_is_copied_in() {
        String email = TestPeople.uniqueEmail("joiner");
        accounts.register(new Registration("Әлия Жандос", email, "", "kk", "Киіз-басу-шебері", true));
        PersonDetails admin = catalogue.signInAdmin();
        long joiner = staff.findPeople(email, 1).getFirst().id();
        staff.setRoles(joiner, Set.of(Roles.RESIDENT, Roles.INSTRUCTOR));
        staff.setEnabled(joiner, false);
        staff.setEnabled(joiner, true);

        List<AuditLine> history = audit.find(new AuditFilter(null, null, joiner, "account.", null, null, null), 0, 20);
        assertThat(history)
                .extracting(line -> line.entry().action())
                .containsExactly("account.enabled", "account.disabled", "account.role_granted", "account.registered");
        assertThat(history.getLast().entry().actorId()).isEqualTo(joiner);
        assertThat(history.getLast().entry().channel()).isEqualTo("ONLINE");
        assertThat(history.subList(0, 3)).allSatisfy(line -> {
            assertThat(line.entry().actorId()).isEqualTo(admin.personId());
            assertThat(line.entry().channel()).isEqualTo("DESK");
        });
        assertThat(history.get(2).entry().changes()).containsExactly(new FieldChange("role", null, Roles.INSTRUCTOR));
        assertThat(history)
                .allSatisfy(
                        line -> assertThat(line.entry().changes().toString()).doesNotContain(email));
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("10.9.8.7");
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    private List<AuditLine> historyAsStaff(String reference) {
        catalogue.signInAdmin();
        try {
            return audit.bookingHistory(reference);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package kz.sheber.roster;

import static kz.sheber.booking.TestSessions.instructorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingRosters;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestClock;
import kz.sheber.support.TestPeople;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SheberTest
class RosterServiceTest {

    @Autowired
    TestSessions sessions;

    @Autowired
    TestPeople people;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingRosters bookingRosters;

    @Autowired
    RosterService rosters;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void waiting_counts_cover_the_instructors_own_classes_and_every_class_for_staff() {
        SessionCard mine = sessions.session(1);
        SessionCard colleagues = sessions.session(1);
        for (SessionCard session : List.of(mine, colleagues)) {
            sessions.book(session, 1, false);
            sessions.book(session, 1, true);
            sessions.book(session, 1, true);
        }
        SessionCard empty = sessions.session(5);

        TestCatalogue.signIn(instructorOf(mine));
        assertThat(bookingRosters.waitingCounts(List.of(mine.id(), colleagues.id(), empty.id())))
                .as("a colleague's class reads as nobody waiting")
                .containsEntry(mine.id(), 2)
                .containsEntry(colleagues.id(), 0)
                .containsEntry(empty.id(), 0);

        TestCatalogue.signIn(people.create(Roles.ADMIN));
        assertThat(bookingRosters.waitingCounts(List.of(mine.id(), colleagues.id(), empty.id())))
                .containsEntry(mine.id(), 2)
                .containsEntry(colleagues.id(), 2)
                .containsEntry(empty.id(), 0);

        TestCatalogue.signIn(sessions.resident());
        assertThatThrownBy(() -> bookingRosters.waitingCounts(List.of(mine.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_instructor_sees_who_is_booked_and_who_waits_in_order() {
        SessionCard session = sessions.session(3);
        sessions.book(session, 2, false);
        sessions.book(session, 1, false);
        sessions.book(session, 2, true);
        TestCatalogue.signIn(instructorOf(session));

        Roster roster = rosters.roster(session.id());

        assertThat(roster.participants()).extracting(Participant::seats).containsExactly(2, 1);
        assertThat(roster.participants()).allMatch(p -> p.name().startsWith("Тұрғын") && p.email() != null);
        assertThat(roster.waiting()).extracting(Participant::placeInLine).containsExactly(1);
        assertThat(roster.attendanceOpen()).isFalse();
        assertThat(rosters.mySessions()).extracting(s -> s.card().id()).containsExactly(session.id());
        assertThat(rosters.mySessions().getFirst().waiting()).isEqualTo(1);
    }

    @Test
    void a_late_cancellation_stays_on_the_roster_marked_late_and_cannot_be_marked_present() {
        SessionCard session = sessions.session(4, Duration.ofHours(3));
        PersonDetails resident = sessions.book(session, 2, false).resident();
        TestCatalogue.signIn(resident);
        bookings.cancel(bookings.myBookings().getFirst().id());
        TestCatalogue.signIn(instructorOf(session));

        Participant late = rosters.roster(session.id()).participants().getFirst();
        assertThat(late.state()).isEqualTo(Participant.State.CANCELLED_LATE);
        ((TestClock) clock).advance(Duration.between(clock.instant(), session.startsAt()));
        assertThatThrownBy(() -> rosters.markPresent(session.id(), late.bookingId(), 1))
                .isInstanceOf(InvalidInput.class);
        assertThat(rosters.markAllPresent(session.id())).isZero();
    }

    @Test
    void my_sessions_lists_upcoming_soonest_first_then_recent_latest_first() {
        SessionCard soon = sessions.session(4, Duration.ofDays(2));
        long me = soon.instructorId();
        SessionCard later = sessions.session(4, Duration.ofDays(6));
        SessionCard lastWeek = sessions.session(4, Duration.ofDays(3));
        SessionCard twoWeeksAgo = sessions.session(4, Duration.ofDays(4));
        for (SessionCard other : List.of(later, lastWeek, twoWeeksAgo)) {
            jdbc.sql("UPDATE workshop_session SET instructor_id = ? WHERE id = ?")
                    .params(me, other.id())
                    .update();
        }
        sessions.moveStart(lastWeek.id(), Duration.ofDays(-7));
        sessions.moveStart(twoWeeksAgo.id(), Duration.ofDays(-12));
        TestCatalogue.signIn(instructorOf(soon));

        assertThat(rosters.mySessions())
                .extracting(s -> s.card().id())
                .containsExactly(soon.id(), later.id(), lastWeek.id(), twoWeeksAgo.id());
    }

    @Test
    void an_instructor_cannot_read_another_instructors_roster() {
        SessionCard session = sessions.session(3);
        TestCatalogue.signIn(people.create(Roles.INSTRUCTOR));

        assertThatThrownBy(() -> rosters.roster(session.id())).isInstanceOf(RosterNotFound.class);
        assertThatThrownBy(() -> rosters.markAllPresent(session.id())).isInstanceOf(RosterNotFound.class);
        assertThatThrownBy(() -> rosters.writeToClass(session.id(), new MessageToClass("Hi", "Hello", false)))
                .isInstanceOf(RosterNotFound.class);
    }

    @Test
    void a_resident_cannot_read_any_roster_nor_list_sessions() {
        SessionCard session = sessions.session(3);
        TestCatalogue.signIn(sessions.resident());

        assertThatThrownBy(() -> rosters.roster(session.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rosters.mySessions()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_list_a_days_sessions_with_their_waiting_lists_and_nobody_else_may() {
        SessionCard session = sessions.session(2, Duration.ofDays(9));
        sessions.book(session, 2, false);
        sessions.book(session, 1, true);
        java.time.LocalDate day = session.startsAt().atZone(centreTime.zone()).toLocalDate();
        TestCatalogue.signIn(people.create(Roles.ADMIN));

        assertThat(rosters.sessionsOn(day))
                .filteredOn(s -> s.card().id() == session.id())
                .singleElement()
                .satisfies(s -> assertThat(s.waiting()).isEqualTo(1));
        assertThat(rosters.sessionsOn(day.plusDays(1))).noneMatch(s -> s.card().id() == session.id());
        assertThatThrownBy(() -> rosters.sessionsOn(null)).isInstanceOf(InvalidInput.class);

        TestCatalogue.signIn(instructorOf(session));
        assertThatThrownBy(() -> rosters.sessionsOn(day)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_reads_any_roster_and_an_unknown_session_is_not_found() {
        SessionCard session = sessions.session(3);
        TestCatalogue.signIn(people.create(Roles.ADMIN));

        assertThat(rosters.roster(session.id()).session().id()).isEqualTo(session.id());
        assertThatThrownBy(() -> rosters.roster(Long.MAX_VALUE)).isInstanceOf(RosterNotFound.class);
    }

    @Test
    void attendance_opens_half_an_hour_before_the_start_and_closes_a_week_after() {
        SessionCard session = sessions.session(4, Duration.ofDays(3));
        PersonDetails resident = sessions.book(session, 3, false).resident();
        TestCatalogue.signIn(instructorOf(session));
        long booking = rosters.roster(session.id()).participants().getFirst().bookingId();

        assertThatThrownBy(() -> rosters.markPresent(session.id(), booking, 3)).isInstanceOf(InvalidInput.class);

        ((TestClock) clock)
                .advance(Duration.between(clock.instant(), session.startsAt().minus(Duration.ofMinutes(29))));
        rosters.markPresent(session.id(), booking, 2);
        Participant marked = rosters.roster(session.id()).participants().getFirst();
        assertThat(marked.attendance()).contains(new Attendance(Attendance.Mark.PRESENT, 2));
        assertThatThrownBy(() -> rosters.markPresent(session.id(), booking, 4)).isInstanceOf(InvalidInput.class);

        rosters.markNoShow(session.id(), booking);
        assertThat(rosters.roster(session.id()).participants().getFirst().attendance())
                .contains(new Attendance(Attendance.Mark.NO_SHOW, 0));
        rosters.undo(session.id(), booking);
        assertThat(rosters.roster(session.id()).participants().getFirst().attendance())
                .isEmpty();

        ((TestClock) clock).advance(Duration.ofDays(7).plusMinutes(30));
        assertThat(rosters.roster(session.id()).attendanceOpen()).isFalse();
        assertThatThrownBy(() -> rosters.markAllPresent(session.id())).isInstanceOf(InvalidInput.class);
        assertThat(resident.personId()).isPositive();
    }

    @Test
    void all_present_marks_every_unmarked_booking_and_the_history_counts_it() {
        SessionCard session = sessions.session(4, Duration.ofHours(3));
        sessions.book(session, 2, false);
        sessions.book(session, 1, false);
        TestCatalogue.signIn(instructorOf(session));
        ((TestClock) clock)
                .advance(Duration.between(clock.instant(), session.startsAt().plus(Duration.ofMinutes(5))));
        long first = rosters.roster(session.id()).participants().getFirst().bookingId();
        rosters.markNoShow(session.id(), first);

        assertThat(rosters.markAllPresent(session.id())).isEqualTo(1);

        Roster roster = rosters.roster(session.id());
        assertThat(roster.participants())
                .extracting(p -> p.attendance().orElseThrow().mark())
                .containsExactly(Attendance.Mark.NO_SHOW, Attendance.Mark.PRESENT);
        TestCatalogue.signIn(people.create(Roles.ADMIN));
        Roster staffs = rosters.roster(session.id());
        assertThat(staffs.participants().get(0).history()).contains(new AttendanceHistory(1, 0, 1));
        assertThat(staffs.participants().get(1).history()).contains(new AttendanceHistory(1, 1, 0));
    }

    @Test
    void a_residents_attendance_history_is_for_staff_not_for_the_instructor_of_the_class() {
        SessionCard session = sessions.session(4);
        PersonDetails resident = sessions.book(session, 1, false).resident();
        TestCatalogue.signIn(instructorOf(session));

        assertThat(rosters.roster(session.id()).participants())
                .singleElement()
                .satisfies(p -> assertThat(p.history()).isEmpty());
        assertThatThrownBy(() -> bookingRosters.sessionsBookedBetween(
                        resident.personId(),
                        clock.instant().minus(RosterService.HISTORY),
                        clock.instant().plus(Duration.ofDays(30))))
                .isInstanceOf(AccessDeniedException.class);

        TestCatalogue.signIn(people.create(Roles.ADMIN));
        assertThat(bookingRosters.sessionsBookedBetween(
                        resident.personId(), clock.instant(), clock.instant().plus(Duration.ofDays(30))))
                .isEqualTo(1);
        assertThat(rosters.roster(session.id()).participants().getFirst().history())
                .contains(new AttendanceHistory(0, 0, 0));
    }

    @Autowired
    kz.sheber.roster.domain.AttendanceBook attendanceBook;

    @Autowired
    kz.sheber.base.time.CentreTime centreTime;

    @Autowired
    kz.sheber.schedule.TimetableService schedule;

    @Test
    void the_demo_data_marks_attendance_for_past_sessions() {
        SessionCard session = sessions.session(4, Duration.ofHours(3));
        sessions.book(session, 2, false);
        sessions.book(session, 1, false);
        sessions.book(session, 1, false);
        sessions.moveStart(session.id(), Duration.ofDays(-2));

        new DemoRoster(schedule, bookingRosters, attendanceBook, clock, centreTime).seed();

        TestCatalogue.signIn(instructorOf(session));
        assertThat(rosters.roster(session.id()).participants())
                .allMatch(p -> p.attendance().isPresent());
    }

    @Test
    void the_csv_has_a_byte_order_mark_and_parses_back_to_the_roster() throws Exception {
        SessionCard session = sessions.session(3);
        sessions.book(session, 2, false);
        sessions.book(session, 1, false);
        sessions.book(session, 1, true);
        TestCatalogue.signIn(instructorOf(session));
        Roster roster = rosters.roster(session.id());
        List<String> header = List.of("Аты-жөні", "Орын", "Телефон", "Email", "Жазылған", "Күйі", "Қатысу", "Келді");

        byte[] csv = RosterCsv.write(roster, header, ZoneId.of("Asia/Almaty"), Enum::name);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).isEqualTo(header);
        assertThat(rows)
                .extracting(r -> r.get("Аты-жөні"))
                .containsExactly(
                        roster.participants().get(0).name(),
                        roster.participants().get(1).name(),
                        roster.waiting().get(0).name());
        assertThat(rows).extracting(r -> r.get("Орын")).containsExactly("2", "1", "1");
        assertThat(rows).extracting(r -> r.get("Күйі")).containsExactly("BOOKED", "BOOKED", "WAITING");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_message_to_the_class_is_queued_for_each_booked_person_and_kept_with_the_session() {
        SessionCard session = sessions.session(1);
        PersonDetails booked = sessions.book(session, 1, false).resident();
        sessions.book(session, 1, true);
        TestCatalogue.signIn(instructorOf(session));

        assertThat(rosters.writeToClass(session.id(), new MessageToClass("Бояулар", "Алжапқыш әкеліңіз", false)))
                .isEqualTo(1);
        assertThat(rosters.writeToClass(session.id(), new MessageToClass("Again", "Everyone", true)))
                .isEqualTo(2);
        assertThatThrownBy(() -> rosters.writeToClass(session.id(), new MessageToClass(" ", "", false)))
                .isInstanceOf(InvalidInput.class);

        String kazakhMail = jdbc.sql(
                        "SELECT text_body FROM outbox_mail WHERE recipient = ? AND template = 'class-message' ORDER BY id")
                .param(booked.email())
                .query(String.class)
                .list()
                .getFirst();
        assertThat(kazakhMail).contains("сабаққа қатысушылардың бәріне жазды").contains("Алжапқыш әкеліңіз");
        assertThat(rosters.roster(session.id()).messages())
                .extracting(Roster.ClassMessage::subject, Roster.ClassMessage::recipients)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Again", 2),
                        org.assertj.core.groups.Tuple.tuple("Бояулар", 1));
    }
}

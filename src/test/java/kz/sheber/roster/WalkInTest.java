package kz.sheber.roster;

import static kz.sheber.booking.TestSessions.instructorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingRosters;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.TestSessions;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.SheberTest;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** People who come to the door without booking: into free seats only, counted like any booking. */
@SheberTest
class WalkInTest {

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
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void at_the_door_the_instructor_adds_walk_ins_into_free_seats_and_no_further() {
        SessionCard session = sessions.session(3, Duration.ofMinutes(20));
        TestCatalogue.signIn(instructorOf(session));

        rosters.addWalkIn(session.id(), "Бибігүл Апа", "8 701 555 44 33", 2, "kk", true);

        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
        assertThat(rosters.roster(session.id()).participants())
                .anySatisfy(p -> assertThat(p.name()).isEqualTo("Бибігүл Апа"));
        assertThatThrownBy(() -> rosters.addWalkIn(session.id(), "Ержан", "", 2, "kk", true))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.fieldMessageKeys()).containsKey("seats"));
        assertThat(sessions.bookedSeats(session.id())).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE full_name = 'Ержан'")
                        .query(Integer.class)
                        .single())
                .as("a refused walk-in leaves no record behind")
                .isZero();
    }

    @Test
    void walk_ins_wait_for_the_door_to_open_and_only_the_sessions_instructor_or_staff_add_them() {
        SessionCard session = sessions.session(5, Duration.ofDays(3));
        TestCatalogue.signIn(instructorOf(session));
        assertThatThrownBy(() -> rosters.addWalkIn(session.id(), "Too Early", "", 1, "en", true))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.formMessageKey()).isEqualTo("booking.walkIn.notNow"));

        TestCatalogue.signIn(people.create(Roles.INSTRUCTOR));
        assertThatThrownBy(() -> rosters.addWalkIn(session.id(), "Stranger", "", 1, "en", true))
                .isInstanceOf(RosterNotFound.class);
        assertThatThrownBy(() -> bookings.bookWalkIn(session.id(), "Stranger", "", 1, "en", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookingRosters.bookingsIn(session.id()))
                .as("another instructor cannot read the bookings behind the roster either")
                .isInstanceOf(AccessDeniedException.class);

        TestCatalogue.signIn(people.create(Roles.RESIDENT));
        assertThatThrownBy(() -> bookings.bookWalkIn(session.id(), "Sneaky", "", 1, "en", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sessions.bookedSeats(session.id())).isZero();
    }
}

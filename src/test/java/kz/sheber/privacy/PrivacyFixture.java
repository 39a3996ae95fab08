package kz.sheber.privacy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.sheber.account.AccountService;
import kz.sheber.account.ProfileChange;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingCalendar;
import kz.sheber.booking.BookingRequest;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.TestSessions;
import kz.sheber.roster.MessageToClass;
import kz.sheber.roster.RosterService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A resident with one of every kind of personal record: a past class they came to (with a message from its
 * instructor), an upcoming booking somebody waits behind, a private calendar address, a password-reset link and
 * a failed sign-in. Leaves nobody signed in.
 */
@Component
public class PrivacyFixture {

    /** The resident and what was made around them. */
    public record Resident(
            PersonDetails person,
            String name,
            String email,
            String phone,
            SessionCard past,
            SessionCard upcoming,
            PersonDetails waiting) {}

    private final TestSessions sessions;
    private final TestPeople people;
    private final BookingService bookings;
    private final BookingCalendar calendar;
    private final RosterService rosters;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    PrivacyFixture(
            TestSessions sessions,
            TestPeople people,
            BookingService bookings,
            BookingCalendar calendar,
            RosterService rosters,
            AccountService accounts,
            JdbcClient jdbc) {
        this.sessions = sessions;
        this.people = people;
        this.bookings = bookings;
        this.calendar = calendar;
        this.rosters = rosters;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public Resident resident(String language) {
        String name = "Дана Ерасова " + TestCatalogue.unique();
        PersonDetails person = people.create(Roles.RESIDENT, name, language, true);
        String phone = "+7 701 " + ThreadLocalRandom.current().nextInt(100, 999) + " "
                + ThreadLocalRandom.current().nextInt(1000, 9999);
        // Making sessions signs everybody out, so they come first
        SessionCard past = sessions.session(4, Duration.ofDays(3));
        SessionCard upcoming = sessions.session(2, Duration.ofDays(5));
        try {
            TestCatalogue.signIn(person);
            accounts.updateProfile(new ProfileChange(name, phone, language, true));
            phone = accounts.myProfile().phone();
            long pastBooking = bookings.book(BookingRequest.asItStands(past.id(), 2, false))
                    .id();
            bookings.book(BookingRequest.asItStands(upcoming.id(), 2, false));
            calendar.makeMyCalendarAddress();

            PersonDetails waiting = people.create(Roles.RESIDENT);
            TestCatalogue.signIn(waiting);
            bookings.book(BookingRequest.asItStands(upcoming.id(), 2, true));

            sessions.moveStart(past.id(), Duration.ofHours(-1));
            TestCatalogue.signIn(new PersonDetails(past.instructorId(), "i@test", "", true, List.of(Roles.INSTRUCTOR)));
            rosters.markPresent(past.id(), pastBooking, 2);
            rosters.writeToClass(past.id(), new MessageToClass("Келесі сабақ", "Сәлем! Балшықты ұмытпаңыз.", false));
            SecurityContextHolder.clearContext();

            accounts.requestPasswordReset(person.email());
            jdbc.sql(
                            "INSERT INTO sign_in_failure (email, remote_address, failed_at) VALUES (?, '203.0.113.7', UTC_TIMESTAMP(6))")
                    .param(person.email())
                    .update();
            return new Resident(person, name, person.email(), phone, past, upcoming, waiting);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package kz.sheber.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.base.Roles;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.privacy.ConsentService;
import kz.sheber.schedule.NewSession;
import kz.sheber.schedule.PlanningService;
import kz.sheber.schedule.SessionCard;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Sessions and residents for booking tests: each session in its own room with its own instructor. */
@Component
public class TestSessions {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final PlanningService planning;
    private final TestCatalogue catalogue;
    private final TestPeople people;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ConsentService consents;
    private final BookingService bookings;

    TestSessions(
            PlanningService planning,
            TestCatalogue catalogue,
            TestPeople people,
            JdbcClient jdbc,
            Clock clock,
            ConsentService consents,
            BookingService bookings) {
        this.consents = consents;
        this.bookings = bookings;
        this.planning = planning;
        this.catalogue = catalogue;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A session for {@code capacity} starting {@code in} from now; leaves nobody signed in. */
    public SessionCard session(int capacity, Duration in) {
        try {
            catalogue.signInAdmin();
            long instructor = people.create(Roles.INSTRUCTOR).personId();
            RoomDetails room = catalogue.room(Math.max(capacity, 1));
            WorkshopDetails workshop = catalogue.workshop(instructor);
            LocalDateTime start =
                    LocalDateTime.ofInstant(clock.instant().plus(in), ALMATY).truncatedTo(ChronoUnit.MINUTES);
            return planning.createSession(new NewSession(workshop.id(), room.id(), instructor, start, null, capacity));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public SessionCard session(int capacity) {
        return session(capacity, Duration.ofDays(5));
    }

    /** Verified residents without passwords, inserted in one go (hashing 200 passwords would take a while). */
    public List<PersonDetails> residents(int count) {
        List<PersonDetails> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = TestPeople.uniqueEmail("resident");
            jdbc.sql("""
                    INSERT INTO person (email, email_verified, full_name, language, created_at)
                    VALUES (?, TRUE, ?, 'kk', UTC_TIMESTAMP(6))""").params(email, "Тұрғын " + i).update();
            long id = jdbc.sql("SELECT id FROM person WHERE email = ?")
                    .param(email)
                    .query(Long.class)
                    .single();
            jdbc.sql("INSERT INTO person_role (person_id, role) VALUES (?, 'RESIDENT')")
                    .param(id)
                    .update();
            // Registered with the notice in force accepted, as TestPeople's people are: no consent prompt in their way
            jdbc.sql("INSERT INTO consent (person_id, notice_version, language, given_at, channel) "
                            + "VALUES (?, ?, 'kk', UTC_TIMESTAMP(6), 'ONLINE')")
                    .params(id, consents.currentVersion())
                    .update();
            made.add(new PersonDetails(id, email, "", true, List.of(Roles.RESIDENT)));
        }
        return made;
    }

    public PersonDetails resident() {
        return residents(1).getFirst();
    }

    /** A booking and the resident who made it. */
    public record Booked(PersonDetails resident, BookingSummary booking) {}

    /**
     * A new resident books {@code seats} on the session, as they would online (onto the waiting list if
     * {@code waiting}); leaves nobody signed in.
     */
    public Booked book(SessionCard session, int seats, boolean waiting) {
        PersonDetails resident = resident();
        try {
            TestCatalogue.signIn(resident);
            return new Booked(resident, bookings.book(BookingRequest.asItStands(session.id(), seats, waiting)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The session's instructor, to sign in with {@code TestCatalogue.signIn}. */
    public static PersonDetails instructorOf(SessionCard session) {
        return new PersonDetails(session.instructorId(), "i@test", "", true, List.of(Roles.INSTRUCTOR));
    }

    public int bookedSeats(long sessionId) {
        return jdbc.sql("SELECT booked_seats FROM workshop_session WHERE id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single();
    }

    public int confirmedSeats(long sessionId) {
        return jdbc.sql("SELECT COALESCE(SUM(seats), 0) FROM booking WHERE session_id = ? AND status = 'CONFIRMED'")
                .param(sessionId)
                .query(Integer.class)
                .single();
    }

    /** Moves a session's start (and end) directly in the database, e.g. into the past the service refuses. */
    public void moveStart(long sessionId, Duration fromNow) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(fromNow), java.time.ZoneOffset.UTC);
        jdbc.sql("UPDATE workshop_session SET starts_at = ?, ends_at = ? WHERE id = ?")
                .params(start, start.plusHours(2), sessionId)
                .update();
    }
}

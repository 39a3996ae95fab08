package kz.sheber.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import kz.sheber.account.security.PersonDetails;
import kz.sheber.booking.TestSessions;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.support.TestCatalogue;
import kz.sheber.support.TestTimetable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A small centre's past, written straight into the tables (the services rightly refuse to book a session that
 * has started): sessions at a local time in Almaty, bookings in any state, attendance marks.
 */
@Component
public class PastCentre {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final AtomicInteger ARRIVAL = new AtomicInteger();

    private final JdbcClient jdbc;
    private final TestTimetable timetable;
    private final TestCatalogue catalogue;
    private final TestSessions sessions;

    PastCentre(JdbcClient jdbc, TestTimetable timetable, TestCatalogue catalogue, TestSessions sessions) {
        this.jdbc = jdbc;
        this.timetable = timetable;
        this.catalogue = catalogue;
        this.sessions = sessions;
    }

    /** A workshop of the craft at that index, taught by an instructor of its own (its first). */
    public WorkshopDetails workshop(int craftIndex) {
        return timetable.workshop(
                "Ф" + TestCatalogue.unique(), timetable.craftId(craftIndex), Level.BEGINNER, null, true);
    }

    public long room() {
        catalogue.signInAdmin();
        try {
            return catalogue.room(20).id();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    public PersonDetails resident() {
        return sessions.resident();
    }

    public long session(
            WorkshopDetails workshop, long room, LocalDateTime localStart, int capacity, boolean cancelled) {
        LocalDateTime start = utc(localStart);
        jdbc.sql("""
                INSERT INTO workshop_session (workshop_id, room_id, instructor_id, starts_at, ends_at, capacity,
                                              status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        workshop.id(),
                        room,
                        workshop.instructors().getFirst().id(),
                        start,
                        start.plusHours(2),
                        capacity,
                        cancelled ? "CANCELLED" : "SCHEDULED")
                .update();
        return jdbc.sql("SELECT MAX(id) FROM workshop_session")
                .query(Long.class)
                .single();
    }

    /** A booking made at {@code made} (local); confirmed then unless {@code confirmed} says later, or null for never. */
    public long booking(
            long session,
            PersonDetails who,
            int seats,
            String status,
            LocalDateTime made,
            LocalDateTime confirmed,
            boolean late,
            String cancelledBy) {
        jdbc.sql("""
                INSERT INTO booking (reference, session_id, person_id, seats, status, arrival, created_at,
                                     confirmed_at, cancelled_at, cancelled_by, late_cancel)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        TestCatalogue.unique().substring(0, 6).toUpperCase(),
                        session,
                        who.personId(),
                        seats,
                        status,
                        ARRIVAL.incrementAndGet(),
                        utc(made),
                        confirmed == null ? null : utc(confirmed),
                        status.equals("CANCELLED") ? utc(made.plusDays(1)) : null,
                        cancelledBy,
                        late)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM booking").query(Long.class).single();
    }

    public long confirmed(long session, PersonDetails who, int seats, LocalDateTime made) {
        return booking(session, who, seats, "CONFIRMED", made, made, false, null);
    }

    public void present(long booking, int seats) {
        mark(booking, "PRESENT", seats);
    }

    public void noShow(long booking) {
        mark(booking, "NO_SHOW", 0);
    }

    private void mark(long booking, String status, int seats) {
        jdbc.sql("""
                INSERT INTO attendance (booking_id, session_id, person_id, session_starts_at, status, seats_present,
                                        marked_at, marked_by)
                SELECT b.id, b.session_id, b.person_id, s.starts_at, ?, ?, s.starts_at, s.instructor_id
                FROM booking b JOIN workshop_session s ON s.id = b.session_id WHERE b.id = ?""").params(status, seats, booking).update();
    }

    static LocalDateTime utc(LocalDateTime local) {
        return local.atZone(ALMATY).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}

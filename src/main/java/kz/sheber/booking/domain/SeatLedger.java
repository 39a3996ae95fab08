package kz.sheber.booking.domain;

import static kz.sheber.base.db.UtcColumns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The session row's seat count, changed only here and only by the database: {@link #lock} takes the session's
 * row lock (every booking, cancellation and promotion of a session queues behind it, on every app instance), and
 * {@link #take} adds seats with a conditional UPDATE that refuses to pass capacity. Nothing reads the count into
 * Java to write it back.
 */
@Component
public class SeatLedger {

    /** The session as the locking transaction sees it. */
    public record LockedSession(
            long id, boolean scheduled, Instant startsAt, int capacity, int bookedSeats, long version) {

        public int seatsLeft() {
            return capacity - bookedSeats;
        }
    }

    /**
     * The locked session, the arrival number the next booking or waiting entry in it takes, and how many wait
     * already (a new waiting entry's place is one more).
     */
    public record Arriving(LockedSession session, int nextArrival, int waiting) {}

    private static final String COLUMNS = "SELECT id, status, starts_at, capacity, booked_seats, version";

    private final JdbcClient jdbc;

    SeatLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LockedSession> lock(long sessionId) {
        return select(sessionId, " FOR UPDATE");
    }

    /**
     * {@link #lock}, the next arrival number and the waiting count in one round trip. The subqueries are locking
     * reads too, so they see what the previous holder of the session's lock committed.
     */
    public Optional<Arriving> lockForArrival(long sessionId) {
        return jdbc.sql(COLUMNS + """
                        , (SELECT COALESCE(MAX(b.arrival), 0) + 1 FROM booking b WHERE b.session_id = s.id FOR UPDATE)
                          AS next_arrival
                        , (SELECT COUNT(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'WAITING' FOR UPDATE)
                          AS waiting
                        FROM workshop_session s WHERE s.id = ? FOR UPDATE""")
                .param(sessionId)
                .query((rs, n) -> new Arriving(session(rs), rs.getInt("next_arrival"), rs.getInt("waiting")))
                .optional();
    }

    /** The session as it stands, without a lock: for showing, never for deciding. */
    public Optional<LockedSession> read(long sessionId) {
        return select(sessionId, "");
    }

    private Optional<LockedSession> select(long sessionId, String lock) {
        return jdbc.sql(COLUMNS + " FROM workshop_session WHERE id = ?" + lock)
                .param(sessionId)
                .query((rs, n) -> session(rs))
                .optional();
    }

    private static LockedSession session(ResultSet rs) throws SQLException {
        return new LockedSession(
                rs.getLong("id"),
                "SCHEDULED".equals(rs.getString("status")),
                instant(rs, "starts_at"),
                rs.getInt("capacity"),
                rs.getInt("booked_seats"),
                rs.getLong("version"));
    }

    /** Adds seats if they fit and the session is still on; false (and nothing changed) otherwise. */
    public boolean take(long sessionId, int seats) {
        return jdbc.sql("""
                        UPDATE workshop_session SET booked_seats = booked_seats + ?
                        WHERE id = ? AND status = 'SCHEDULED' AND booked_seats + ? <= capacity""").params(seats, sessionId, seats).update() == 1;
    }

    public void giveBack(long sessionId, int seats) {
        int updated = jdbc.sql(
                        "UPDATE workshop_session SET booked_seats = booked_seats - ? WHERE id = ? AND booked_seats >= ?")
                .params(seats, sessionId, seats)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Session " + sessionId + " has fewer booked seats than it gives back");
        }
    }
}

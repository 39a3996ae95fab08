package kz.sheber.roster.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.base.db.UtcColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance marks, one per booking; instants are stored as UTC DATETIMEs. */
@Repository
public class AttendanceBook {

    public record Mark(String status, int seatsPresent) {}

    public record Counts(int attended, int noShows) {}

    private final JdbcClient jdbc;

    AttendanceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets or replaces the mark of a booking. */
    public void mark(
            long bookingId,
            long sessionId,
            long personId,
            Instant sessionStartsAt,
            String status,
            int seatsPresent,
            Instant now,
            long markedBy) {
        jdbc.sql("""
                INSERT INTO attendance (booking_id, session_id, person_id, session_starts_at, status, seats_present,
                                        marked_at, marked_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE status = VALUES(status), seats_present = VALUES(seats_present),
                                        marked_at = VALUES(marked_at), marked_by = VALUES(marked_by)""")
                .params(bookingId, sessionId, personId, utc(sessionStartsAt), status, seatsPresent, utc(now), markedBy)
                .update();
    }

    public boolean undo(long bookingId) {
        return jdbc.sql("DELETE FROM attendance WHERE booking_id = ?")
                        .param(bookingId)
                        .update()
                > 0;
    }

    public Map<Long, Mark> ofSession(long sessionId) {
        Map<Long, Mark> marks = new HashMap<>();
        jdbc.sql("SELECT booking_id, status, seats_present FROM attendance WHERE session_id = ?")
                .param(sessionId)
                .query(rs -> {
                    marks.put(rs.getLong(1), new Mark(rs.getString(2), rs.getInt(3)));
                });
        return marks;
    }

    /** Sessions started in [from, to) the person came to and missed. */
    public Counts countsOf(long personId, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(status = 'PRESENT'), 0), COALESCE(SUM(status = 'NO_SHOW'), 0) FROM attendance
                WHERE person_id = ? AND session_starts_at >= ? AND session_starts_at < ?""")
                .params(personId, utc(from), utc(to))
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    public record PersonMark(long bookingId, long sessionId, String status, int seatsPresent, Instant markedAt) {}

    /** Every mark of one person, for their data export. */
    public List<PersonMark> ofPerson(long personId) {
        return jdbc.sql("""
                SELECT booking_id, session_id, status, seats_present, marked_at FROM attendance
                WHERE person_id = ? ORDER BY session_starts_at""")
                .param(personId)
                .query((rs, n) -> new PersonMark(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), UtcColumns.instant(rs, 5)))
                .list();
    }
}

package kz.sheber.admin.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.sheber.admin.FigureRow;
import kz.sheber.admin.Tally;
import kz.sheber.catalogue.Multilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting read model: every figure of the dashboard as grouped SQL, counted by the database over indexed
 * columns (sessions by start, bookings and attendance by session). The only place outside schedule, booking and
 * roster that reads their tables, and it only reads. A booking "waited" when it was confirmed later than it was
 * made (a direct booking is confirmed in the same moment; a second's slack covers the two clock reads) or never.
 */
@Repository
public class CentreFigures {

    /**
     * The one pass over the period: each held session with its bookings (by the session index) and their attendance
     * marks (by the booking's key), summed per session into a temporary table of this connection, which every
     * grouping then reads (at most a few thousand narrow rows). {@code %s}: the centre's wall time, the filters.
     */
    private static final String SUM_SESSIONS = """
            CREATE TEMPORARY TABLE figures_session ENGINE = MEMORY AS
            SELECT ws.id, ws.workshop_id, w.craft_id, ws.instructor_id, ws.capacity, %1$s AS local_start,
                   COALESCE(SUM(IF(bk.status = 'CONFIRMED', bk.seats, 0)), 0) AS booked,
                   COALESCE(SUM(bk.status = 'CANCELLED' AND bk.late_cancel), 0) AS late,
                   COALESCE(SUM(bk.confirmed_at IS NULL
                                OR bk.confirmed_at > bk.created_at + INTERVAL 1 SECOND), 0) AS waited,
                   COALESCE(SUM(bk.confirmed_at IS NULL), 0) AS unmet,
                   COALESCE(SUM(IF(bk.confirmed_at IS NULL, bk.seats, 0)), 0) AS unmet_seats,
                   COALESCE(SUM(IF(at.status = 'PRESENT', at.seats_present, 0)), 0) AS came,
                   COALESCE(SUM(at.status = 'NO_SHOW'), 0) AS no_shows,
                   COUNT(at.booking_id) AS marks
            FROM workshop_session ws
            JOIN workshop w ON w.id = ws.workshop_id
            LEFT JOIN booking bk ON bk.session_id = ws.id
            LEFT JOIN attendance at ON at.booking_id = bk.id
            WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %2$s
            GROUP BY ws.id
            """;

    /** One grouping of the summed sessions; {@code %s}: the group's key, its names and the join that brings them. */
    private static final String GROUPED = """
            SELECT %1$s AS k, MIN(%2$s) AS name_kk, MIN(%3$s) AS name_ru, MIN(%4$s) AS name_en,
                   COUNT(*) AS sessions, SUM(s.capacity) AS offered, SUM(s.booked) AS booked, SUM(s.came) AS came,
                   SUM(IF(s.marks > 0, s.booked, 0)) AS booked_where_taken, SUM(s.no_shows) AS no_shows,
                   SUM(s.late) AS late, SUM(s.waited) AS waited, SUM(s.unmet) AS unmet,
                   SUM(s.unmet_seats) AS unmet_seats
            FROM figures_session s
            %5$s
            GROUP BY k ORDER BY k
            """;

    /** Each distinct resident once, then whether any earlier held session had them: first-time is per person. */
    private static final String PEOPLE = """
            SELECT COUNT(*) AS residents,
                   COALESCE(SUM(NOT EXISTS (
                           SELECT 1 FROM booking e JOIN workshop_session es ON es.id = e.session_id
                           WHERE e.person_id = r.person_id AND e.status = 'CONFIRMED'
                             AND es.status = 'SCHEDULED' AND es.starts_at < :from)), 0) AS first_time,
                   (SELECT COUNT(DISTINCT bk.person_id) FROM workshop_session ws
                    JOIN workshop w ON w.id = ws.workshop_id JOIN booking bk ON bk.session_id = ws.id
                    WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %1$s
                      AND bk.confirmed_at IS NULL) AS unmet_people
            FROM (SELECT DISTINCT bk.person_id FROM workshop_session ws
                  JOIN workshop w ON w.id = ws.workshop_id JOIN booking bk ON bk.session_id = ws.id
                  WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %1$s
                    AND bk.status = 'CONFIRMED') r
            """;

    private final JdbcClient jdbc;

    CentreFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The held sessions' tallies, one list per grouping asked for (keys in ascending order), from one pass over the
     * period's bookings. In a transaction (the caller's, or its own): the summed sessions live in that connection.
     */
    @Transactional(readOnly = true)
    public Map<Grouping, List<FigureRow>> breakdowns(SessionScope scope, Instant now, Grouping... groupings) {
        SessionScope held = scope.heldBy(now);
        jdbc.sql("DROP TEMPORARY TABLE IF EXISTS figures_session").update();
        bind(jdbc.sql(SUM_SESSIONS.formatted(
                CentreTimeSql.local("ws.starts_at", held.zone(), held.from(), held.to()), filters(held))), held)
                .update();
        try {
            Map<Grouping, List<FigureRow>> rows = new EnumMap<>(Grouping.class);
            for (Grouping by : groupings) {
                rows.put(by, jdbc.sql(GROUPED.formatted(by.key, by.kk, by.ru, by.en, by.names))
                        .query((rs, n) -> row(rs)).list());
            }
            return rows;
        } finally {
            jdbc.sql("DROP TEMPORARY TABLE IF EXISTS figures_session").update();
        }
    }

    /** The single line of a TOTAL grouping, or nothing held. */
    public static Tally total(Map<Grouping, List<FigureRow>> breakdowns) {
        return breakdowns.get(Grouping.TOTAL).stream().findFirst().map(FigureRow::tally).orElse(Tally.NONE);
    }

    private static FigureRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FigureRow(rs.getString("k"),
                new Multilingual(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                new Tally(rs.getLong("sessions"), rs.getLong("offered"), rs.getLong("booked"), rs.getLong("came"),
                        rs.getLong("booked_where_taken"), rs.getLong("no_shows"), rs.getLong("late"),
                        rs.getLong("waited"), rs.getLong("unmet"), rs.getLong("unmet_seats")));
    }

    /** Distinct residents, first-time residents, and distinct people who waited in vain, for held sessions. */
    public People people(SessionScope scope, Instant now) {
        SessionScope held = scope.heldBy(now);
        return bind(jdbc.sql(PEOPLE.formatted(filters(held))), held).query((rs, n) -> new People(
                rs.getLong("residents"), rs.getLong("first_time"), rs.getLong("unmet_people"))).single();
    }

    public record People(long residents, long firstTime, long unmet) {}

    /** Sessions of the period the centre called off, planned to start in it whether or not that time has come. */
    public long centreCancellations(SessionScope scope) {
        String sql = "SELECT COUNT(*) FROM workshop_session ws JOIN workshop w ON w.id = ws.workshop_id"
                + " WHERE ws.status = 'CANCELLED' AND ws.starts_at >= :from AND ws.starts_at < :to"
                + filters(scope);
        return bind(jdbc.sql(sql), scope).query(Long.class).single();
    }

    private static String filters(SessionScope scope) {
        StringBuilder where = new StringBuilder();
        if (scope.filter().craftId() != null) where.append(" AND w.craft_id = :craft");
        if (scope.filter().workshopId() != null) where.append(" AND ws.workshop_id = :workshop");
        if (scope.filter().instructorId() != null) where.append(" AND ws.instructor_id = :instructor");
        if (scope.filter().roomId() != null) where.append(" AND ws.room_id = :room");
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SessionScope scope) {
        spec = spec.param("from", utc(scope.from())).param("to", utc(scope.to()));
        if (scope.filter().craftId() != null) spec = spec.param("craft", scope.filter().craftId());
        if (scope.filter().workshopId() != null) spec = spec.param("workshop", scope.filter().workshopId());
        if (scope.filter().instructorId() != null) spec = spec.param("instructor", scope.filter().instructorId());
        if (scope.filter().roomId() != null) spec = spec.param("room", scope.filter().roomId());
        return spec;
    }
}

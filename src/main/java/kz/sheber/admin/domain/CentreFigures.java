package kz.sheber.admin.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
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
     * The one pass over the period's bookings: each booking of a held session (found by the session index) with its
     * attendance mark (by the booking's key), reduced to the few values the figures need, into a temporary table of
     * this connection. Every figure then reads that table: per session, per person, grouped. {@code %s}: the filters.
     */
    private static final String COLLECT_BOOKINGS = """
            CREATE TEMPORARY TABLE figures_booking ENGINE = MEMORY AS
            SELECT bk.session_id, bk.person_id,
                   IF(bk.status = 'CONFIRMED', bk.seats, 0) AS booked_seats,
                   bk.status = 'CONFIRMED' AS confirmed,
                   bk.status = 'CANCELLED' AND bk.late_cancel AS late,
                   bk.confirmed_at IS NULL OR bk.confirmed_at > bk.created_at + INTERVAL 1 SECOND AS waited,
                   bk.confirmed_at IS NULL AS unmet,
                   IF(bk.confirmed_at IS NULL, bk.seats, 0) AS unmet_seats,
                   IF(at.status = 'PRESENT', at.seats_present, 0) AS came,
                   at.status = 'NO_SHOW' AS no_show,
                   at.booking_id IS NOT NULL AS marked
            FROM workshop_session ws
            JOIN workshop w ON w.id = ws.workshop_id
            JOIN booking bk ON bk.session_id = ws.id
            LEFT JOIN attendance at ON at.booking_id = bk.id
            WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %s
            """;

    /**
     * Each held session with its bookings' sums, from the collected bookings, for the groupings to read (at most a
     * few thousand narrow rows). {@code %s}: the centre's wall time, the filters.
     */
    private static final String SUM_SESSIONS = """
            CREATE TEMPORARY TABLE figures_session ENGINE = MEMORY AS
            SELECT ws.id, ws.workshop_id, w.craft_id, ws.instructor_id, ws.capacity, %1$s AS local_start,
                   COALESCE(b.booked, 0) AS booked, COALESCE(b.late, 0) AS late, COALESCE(b.waited, 0) AS waited,
                   COALESCE(b.unmet, 0) AS unmet, COALESCE(b.unmet_seats, 0) AS unmet_seats,
                   COALESCE(b.came, 0) AS came, COALESCE(b.no_shows, 0) AS no_shows, COALESCE(b.marks, 0) AS marks
            FROM workshop_session ws
            JOIN workshop w ON w.id = ws.workshop_id
            LEFT JOIN (SELECT session_id, SUM(booked_seats) AS booked, SUM(late) AS late, SUM(waited) AS waited,
                              SUM(unmet) AS unmet, SUM(unmet_seats) AS unmet_seats, SUM(came) AS came,
                              SUM(no_show) AS no_shows, SUM(marked) AS marks
                       FROM figures_booking GROUP BY session_id) b ON b.session_id = ws.id
            WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %2$s
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
    private static final String RESIDENTS = """
            SELECT COUNT(*) AS residents,
                   COALESCE(SUM(NOT EXISTS (
                           SELECT 1 FROM booking e JOIN workshop_session es ON es.id = e.session_id
                           WHERE e.person_id = r.person_id AND e.status = 'CONFIRMED'
                             AND es.status = 'SCHEDULED' AND es.starts_at < :from)), 0) AS first_time
            FROM (SELECT DISTINCT person_id FROM figures_booking WHERE confirmed) r
            """;

    private final JdbcClient jdbc;

    CentreFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The held sessions' tallies, one list per grouping asked for (keys in ascending order), and the people behind
     * them, from one pass over the period's bookings. In a transaction (the caller's, or its own): the collected
     * bookings live in that connection's temporary tables.
     */
    @Transactional(readOnly = true)
    public Pass pass(SessionScope scope, Instant now, Grouping... groupings) {
        SessionScope held = scope.heldBy(now);
        dropTemporary();
        try {
            bind(jdbc.sql(COLLECT_BOOKINGS.formatted(filters(held))), held).update();
            bind(
                            jdbc.sql(SUM_SESSIONS.formatted(
                                    CentreTimeSql.local("ws.starts_at", held.zone(), held.from(), held.to()),
                                    filters(held))),
                            held)
                    .update();
            Map<Grouping, List<FigureRow>> rows = new EnumMap<>(Grouping.class);
            for (Grouping by : groupings) {
                rows.put(
                        by,
                        jdbc.sql(GROUPED.formatted(by.key, by.kk, by.ru, by.en, by.names))
                                .query((rs, n) -> row(rs))
                                .list());
            }
            // Two statements: MariaDB cannot open one temporary table twice in a query
            People people = jdbc.sql(RESIDENTS)
                    .param("from", utc(held.from()))
                    .query((rs, n) -> new People(rs.getLong("residents"), rs.getLong("first_time"), 0))
                    .single();
            long unmet = jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM figures_booking WHERE unmet")
                    .query(Long.class)
                    .single();
            return new Pass(rows, new People(people.residents(), people.firstTime(), unmet));
        } finally {
            dropTemporary();
        }
    }

    /** One period's figures: the groupings asked for, and the distinct people. */
    public record Pass(Map<Grouping, List<FigureRow>> rows, People people) {

        /** The lines of a grouping this pass was asked for (it holds every one asked, empty or not). */
        public List<FigureRow> of(Grouping grouping) {
            return rows.getOrDefault(grouping, List.of());
        }
    }

    private void dropTemporary() {
        jdbc.sql("DROP TEMPORARY TABLE IF EXISTS figures_session").update();
        jdbc.sql("DROP TEMPORARY TABLE IF EXISTS figures_booking").update();
    }

    /** The single line of a TOTAL grouping, or nothing held. */
    public static Tally total(Pass pass) {
        return pass.of(Grouping.TOTAL).stream()
                .findFirst()
                .map(FigureRow::tally)
                .orElse(Tally.NONE);
    }

    private static FigureRow row(ResultSet rs) throws SQLException {
        return new FigureRow(
                rs.getString("k"),
                new Multilingual(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                new Tally(
                        rs.getLong("sessions"),
                        rs.getLong("offered"),
                        rs.getLong("booked"),
                        rs.getLong("came"),
                        rs.getLong("booked_where_taken"),
                        rs.getLong("no_shows"),
                        rs.getLong("late"),
                        rs.getLong("waited"),
                        rs.getLong("unmet"),
                        rs.getLong("unmet_seats")));
    }

    /** Distinct residents, first-time residents, and distinct people who waited in vain, for held sessions. */
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
        if (scope.filter().craftId() != null)
            spec = spec.param("craft", scope.filter().craftId());
        if (scope.filter().workshopId() != null)
            spec = spec.param("workshop", scope.filter().workshopId());
        if (scope.filter().instructorId() != null)
            spec = spec.param("instructor", scope.filter().instructorId());
        if (scope.filter().roomId() != null)
            spec = spec.param("room", scope.filter().roomId());
        return spec;
    }
}

package kz.sheber.admin.domain;

import static kz.sheber.base.db.UtcColumns.utc;

import java.time.Instant;
import java.util.List;
import kz.sheber.admin.FigureRow;
import kz.sheber.admin.Tally;
import kz.sheber.catalogue.Multilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reporting read model: every figure of the dashboard as grouped SQL, counted by the database over indexed
 * columns (sessions by start, bookings and attendance by session). The only place outside schedule, booking and
 * roster that reads their tables, and it only reads. A booking "waited" when it was confirmed later than it was
 * made (a direct booking is confirmed in the same moment; a second's slack covers the two clock reads) or never.
 */
@Repository
public class CentreFigures {

    private static final String HELD = """
            WITH s AS (
                SELECT ws.id, ws.workshop_id, w.craft_id, ws.instructor_id, ws.capacity,
                       w.title_kk, w.title_ru, w.title_en, c.name_kk AS craft_kk, c.name_ru AS craft_ru,
                       c.name_en AS craft_en, p.full_name AS instructor_name, %s AS local_start
                FROM workshop_session ws
                JOIN workshop w ON w.id = ws.workshop_id
                JOIN craft c ON c.id = w.craft_id
                JOIN person p ON p.id = ws.instructor_id
                WHERE ws.status = 'SCHEDULED' AND ws.starts_at >= :from AND ws.starts_at < :to %s
            )
            """;

    private static final String BREAKDOWN = """
            , b AS (
                SELECT bk.session_id,
                       SUM(IF(bk.status = 'CONFIRMED', bk.seats, 0)) AS booked,
                       SUM(bk.status = 'CANCELLED' AND bk.late_cancel) AS late,
                       SUM(bk.confirmed_at IS NULL OR bk.confirmed_at > bk.created_at + INTERVAL 1 SECOND) AS waited,
                       SUM(bk.confirmed_at IS NULL) AS unmet,
                       SUM(IF(bk.confirmed_at IS NULL, bk.seats, 0)) AS unmet_seats
                FROM s JOIN booking bk ON bk.session_id = s.id
                GROUP BY bk.session_id
            ), a AS (
                SELECT at.session_id, SUM(IF(at.status = 'PRESENT', at.seats_present, 0)) AS came,
                       SUM(at.status = 'NO_SHOW') AS no_shows
                FROM s JOIN attendance at ON at.session_id = s.id
                GROUP BY at.session_id
            )
            SELECT %s AS k, MIN(%s) AS name_kk, MIN(%s) AS name_ru, MIN(%s) AS name_en,
                   COUNT(*) AS sessions, SUM(s.capacity) AS offered, COALESCE(SUM(b.booked), 0) AS booked,
                   COALESCE(SUM(a.came), 0) AS came,
                   COALESCE(SUM(IF(a.session_id IS NULL, 0, b.booked)), 0) AS booked_where_taken,
                   COALESCE(SUM(a.no_shows), 0) AS no_shows, COALESCE(SUM(b.late), 0) AS late,
                   COALESCE(SUM(b.waited), 0) AS waited, COALESCE(SUM(b.unmet), 0) AS unmet,
                   COALESCE(SUM(b.unmet_seats), 0) AS unmet_seats
            FROM s LEFT JOIN b ON b.session_id = s.id LEFT JOIN a ON a.session_id = s.id
            GROUP BY k ORDER BY k
            """;

    // First-time: no confirmed booking in any held session that started before the period, whatever the filter
    private static final String PEOPLE = """
            SELECT COUNT(DISTINCT IF(bk.status = 'CONFIRMED', bk.person_id, NULL)) AS residents,
                   COUNT(DISTINCT IF(bk.status = 'CONFIRMED' AND NOT EXISTS (
                           SELECT 1 FROM booking e JOIN workshop_session es ON es.id = e.session_id
                           WHERE e.person_id = bk.person_id AND e.status = 'CONFIRMED'
                             AND es.status = 'SCHEDULED' AND es.starts_at < :from),
                       bk.person_id, NULL)) AS first_time,
                   COUNT(DISTINCT IF(bk.confirmed_at IS NULL, bk.person_id, NULL)) AS unmet_people
            FROM s JOIN booking bk ON bk.session_id = s.id
            """;

    private final JdbcClient jdbc;

    CentreFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The held sessions' tally, grouped; keys in ascending order. */
    public List<FigureRow> breakdown(SessionScope scope, Instant now, Grouping by) {
        SessionScope held = scope.heldBy(now);
        String sql = held(held) + BREAKDOWN.formatted(by.key, by.kk, by.ru, by.en);
        return bind(jdbc.sql(sql), held).query((rs, n) -> new FigureRow(rs.getString("k"),
                new Multilingual(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                new Tally(rs.getLong("sessions"), rs.getLong("offered"), rs.getLong("booked"), rs.getLong("came"),
                        rs.getLong("booked_where_taken"), rs.getLong("no_shows"), rs.getLong("late"),
                        rs.getLong("waited"), rs.getLong("unmet"), rs.getLong("unmet_seats")))).list();
    }

    public Tally total(SessionScope scope, Instant now) {
        return breakdown(scope, now, Grouping.TOTAL).stream().findFirst().map(FigureRow::tally).orElse(Tally.NONE);
    }

    /** Distinct residents, first-time residents, and distinct people who waited in vain, for held sessions. */
    public People people(SessionScope scope, Instant now) {
        SessionScope held = scope.heldBy(now);
        return bind(jdbc.sql(held(held) + PEOPLE), held).query((rs, n) -> new People(
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

    private static String held(SessionScope scope) {
        return HELD.formatted(CentreTimeSql.local("ws.starts_at", scope.zone(), scope.from(), scope.to()),
                filters(scope));
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

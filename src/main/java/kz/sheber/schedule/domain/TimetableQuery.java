package kz.sheber.schedule.domain;

import static kz.sheber.base.db.UtcColumns.instant;
import static kz.sheber.base.db.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.schedule.SessionCard;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timetable read in one query: sessions with their workshop, craft, room and instructor names. Filters on
 * the session's start and status go through {@code ix_session_status_start}, so a page stays cheap with
 * thousands of future sessions. Reads the catalogue's and accounts' tables, never writes them.
 */
@Repository
public class TimetableQuery {

    /** Bounds in UTC; {@code to} is exclusive and may be null. */
    public record Criteria(
            Instant from,
            @Nullable Instant to,
            @Nullable Long craftId,
            @Nullable Level level,
            boolean freeSeatsOnly,
            @Nullable String text,
            boolean includeCancelled) {}

    private static final String SELECT = """
            SELECT s.id, s.starts_at, s.ends_at, s.capacity, s.booked_seats, s.status, s.series_id,
                   s.edited_by_hand, s.version, w.id AS workshop_id, w.title_kk, w.title_ru, w.title_en, w.level,
                   c.id AS craft_id, c.name_kk, c.name_ru, c.name_en, p.id AS person_id, p.full_name,
                   r.id AS room_id, r.name AS room_name
            """;

    private static final String FROM = """
            FROM workshop_session s
            JOIN workshop w ON w.id = s.workshop_id
            JOIN craft c ON c.id = w.craft_id
            JOIN room r ON r.id = s.room_id
            JOIN person p ON p.id = s.instructor_id
            """;

    private final JdbcClient jdbc;

    TimetableQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SessionCard> page(Criteria criteria, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = SELECT + FROM + where(criteria, params) + " ORDER BY s.starts_at, s.id LIMIT ? OFFSET ?";
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return jdbc.sql(sql).params(params).query(TimetableQuery::card).list();
    }

    public int count(Criteria criteria) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) " + FROM + where(criteria, params))
                .params(params)
                .query(Integer.class)
                .single();
    }

    public Optional<SessionCard> one(long id) {
        return jdbc.sql(SELECT + FROM + " WHERE s.id = ?")
                .param(id)
                .query(TimetableQuery::card)
                .optional();
    }

    /** The next scheduled sessions of one workshop from {@code from} on, in start order. */
    public List<SessionCard> ofWorkshop(long workshopId, Instant from, int limit) {
        return jdbc.sql(SELECT + FROM + """
                         WHERE s.workshop_id = ? AND s.starts_at >= ? AND s.status = 'SCHEDULED'
                         ORDER BY s.starts_at, s.id LIMIT ?""")
                .params(workshopId, utc(from), Math.max(0, limit))
                .query(TimetableQuery::card)
                .list();
    }

    /** Every date of one series, cancelled ones too, in start order. */
    public List<SessionCard> ofSeries(long seriesId) {
        return jdbc.sql(SELECT + FROM + " WHERE s.series_id = ? ORDER BY s.starts_at, s.id")
                .param(seriesId)
                .query(TimetableQuery::card)
                .list();
    }

    /**
     * One instructor's sessions starting in [from, to), cancelled ones too, in start order: read through
     * {@code ix_session_instructor_start}, so it costs the same however full the centre's calendar is.
     */
    public List<SessionCard> ofInstructor(long instructorId, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + FROM + """
                         WHERE s.instructor_id = ? AND s.starts_at >= ? AND s.starts_at < ?
                           AND s.status IN ('SCHEDULED', 'CANCELLED')
                         ORDER BY s.starts_at, s.id LIMIT ?""")
                .params(instructorId, utc(from), utc(to), Math.max(0, limit))
                .query(TimetableQuery::card)
                .list();
    }

    private static String where(Criteria c, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE s.starts_at >= ?");
        params.add(utc(c.from()));
        if (c.to() != null) {
            where.append(" AND s.starts_at < ?");
            params.add(utc(c.to()));
        }
        where.append(
                c.includeCancelled() ? " AND s.status IN ('SCHEDULED', 'CANCELLED')" : " AND s.status = 'SCHEDULED'");
        if (c.craftId() != null) {
            where.append(" AND w.craft_id = ?");
            params.add(c.craftId());
        }
        if (c.level() != null) {
            where.append(" AND w.level = ?");
            params.add(c.level().name());
        }
        if (c.freeSeatsOnly()) {
            where.append(" AND s.booked_seats < s.capacity");
        }
        if (c.text() != null && !c.text().isBlank()) {
            // The collation ignores case; % and _ typed by a reader are matched literally
            String like = "%"
                    + c.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (w.title_kk LIKE ? OR w.title_ru LIKE ? OR w.title_en LIKE ? OR p.full_name LIKE ?)");
            for (int i = 0; i < 4; i++) {
                params.add(like);
            }
        }
        return where.toString();
    }

    private static SessionCard card(ResultSet rs, int row) throws SQLException {
        Long seriesId = rs.getObject("series_id", Long.class);
        return new SessionCard(
                rs.getLong("id"),
                instant(rs, "starts_at"),
                instant(rs, "ends_at"),
                rs.getLong("workshop_id"),
                new Multilingual(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                rs.getLong("craft_id"),
                new Multilingual(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                Level.valueOf(rs.getString("level")),
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getLong("room_id"),
                rs.getString("room_name"),
                rs.getInt("capacity"),
                rs.getInt("booked_seats"),
                "CANCELLED".equals(rs.getString("status")),
                seriesId,
                rs.getBoolean("edited_by_hand"),
                rs.getLong("version"));
    }
}

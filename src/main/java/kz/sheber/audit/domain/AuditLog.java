package kz.sheber.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.audit.AuditEntry;
import kz.sheber.audit.AuditFilter;
import kz.sheber.base.FieldChange;
import kz.sheber.base.db.UtcColumns;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit_entry table: inserts, the filtered and paged reads (every filter on an indexed column, newest first,
 * so the first page stays quick at any size) and the retention delete in batches.
 */
@Component
public class AuditLog {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public record NewEntry(
            Instant at,
            @Nullable Long actorId,
            @Nullable String actorJob,
            String channel,
            String action,
            String objectType,
            String objectId,
            @Nullable Long subjectId,
            @Nullable Long sessionId,
            List<FieldChange> changes) {}

    public void insert(NewEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, actor_id, actor_job, channel, action, object_type, object_id, subject_id,
                                         session_id, changes)
                VALUES (:at, :actorId, :actorJob, :channel, :action, :objectType, :objectId, :subjectId, :sessionId,
                        :changes)""")
                .param("at", UtcColumns.utc(entry.at()))
                .param("actorId", entry.actorId())
                .param("actorJob", entry.actorJob())
                .param("channel", entry.channel())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("subjectId", entry.subjectId())
                .param("sessionId", entry.sessionId())
                .param("changes", entry.changes().isEmpty() ? null : json.writeValueAsString(entry.changes()))
                .update();
    }

    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        return jdbc.sql("SELECT * FROM audit_entry" + where.sql()
                        + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(this::entry)
                .list();
    }

    public int count(AuditFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    /** Every entry of one session, oldest first. */
    public List<AuditEntry> ofSession(long sessionId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE session_id = :session ORDER BY at, id")
                .param("session", sessionId)
                .query(this::entry)
                .list();
    }

    /** Every entry of one object (a booking by its reference, a person by id), oldest first. */
    public List<AuditEntry> ofObject(String objectType, String objectId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE object_type = :type AND object_id = :id ORDER BY at, id")
                .param("type", objectType)
                .param("id", objectId)
                .query(this::entry)
                .list();
    }

    /** Every entry about one person (their bookings, their account), oldest first: for their data export. */
    public List<AuditEntry> ofSubject(long personId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE subject_id = :person ORDER BY at, id")
                .param("person", personId)
                .query(this::entry)
                .list();
    }

    /**
     * Erasure's one change to the trail: the network addresses a person signed in from are personal data, so their
     * sign-in entries lose their changes (the action, time and who stay). Returns how many entries it touched.
     */
    public int forgetSignInAddressesOf(long personId, List<String> signInActions) {
        return jdbc.sql("UPDATE audit_entry SET changes = NULL WHERE subject_id = :person AND action IN (:actions)"
                        + " AND changes IS NOT NULL")
                .param("person", personId)
                .param("actions", signInActions)
                .update();
    }

    /** Removes up to {@code batch} entries older than {@code before}; returns how many went. */
    public int deleteOlderThan(Instant before, int batch) {
        return jdbc.sql("DELETE FROM audit_entry WHERE at < :before ORDER BY at LIMIT :batch")
                .param("before", UtcColumns.utc(before))
                .param("batch", batch)
                .update();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(AuditFilter filter) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.from() != null) {
            parts.add("at >= :from");
            params.put("from", UtcColumns.utc(filter.from()));
        }
        if (filter.to() != null) {
            parts.add("at < :to");
            params.put("to", UtcColumns.utc(filter.to()));
        }
        if (filter.personId() != null) {
            parts.add("(actor_id = :person OR subject_id = :person)");
            params.put("person", filter.personId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            parts.add("action LIKE :action");
            params.put("action", filter.action().replace("%", "").replace("_", "\\_") + "%");
        }
        if (filter.objectType() != null && !filter.objectType().isBlank()) {
            parts.add("object_type = :objectType");
            params.put("objectType", filter.objectType());
        }
        if (filter.objectId() != null && !filter.objectId().isBlank()) {
            parts.add("object_id = :objectId");
            params.put("objectId", filter.objectId().strip());
        }
        if (filter.sessionId() != null) {
            parts.add("session_id = :sessionId");
            params.put("sessionId", filter.sessionId());
        }
        return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), params);
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        return new AuditEntry(
                rs.getLong("id"),
                UtcColumns.instant(rs, "at"),
                rs.getObject("actor_id", Long.class),
                rs.getString("actor_job"),
                rs.getString("channel"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getObject("subject_id", Long.class),
                rs.getObject("session_id", Long.class),
                changes == null ? List.of() : json.readValue(changes, CHANGES));
    }
}

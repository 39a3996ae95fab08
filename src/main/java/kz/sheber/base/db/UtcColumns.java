package kz.sheber.base.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * How plain SQL writes and reads a moment: DATETIME columns hold UTC wall time, as Hibernate writes them
 * ({@code hibernate.jdbc.time_zone=UTC}), whatever the server's or the JVM's own zone.
 */
public final class UtcColumns {

    private UtcColumns() {}

    @Contract("null -> null; !null -> !null")
    public static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A NOT NULL column's moment. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(instantOrNull(rs, column), column);
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        return Objects.requireNonNull(instantOrNull(rs, column), () -> "column " + column);
    }

    /** The column's moment, or null for SQL NULL. */
    public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    public static @Nullable Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column, LocalDateTime.class));
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}

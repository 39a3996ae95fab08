package kz.sheber.schedule;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A change to a session, from the {@code version} the admin opened; times in the centre's zone. Applied to the
 * rest of a series, each later session keeps its own date and takes the new time of day and length.
 */
public record SessionEdit(
        long sessionId,
        long version,
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable Long roomId,
        @Nullable Long instructorId,
        @Nullable Integer capacity) {}

package kz.sheber.schedule;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A one-off session, times in the centre's zone. A null {@code end} lasts the workshop's duration; a null
 * {@code capacity} takes the workshop's default, never more than the room seats.
 */
public record NewSession(
        @Nullable Long workshopId,
        @Nullable Long roomId,
        @Nullable Long instructorId,
        @Nullable LocalDateTime start,
        @Nullable LocalDateTime end,
        @Nullable Integer capacity) {}

package kz.sheber.schedule;

import java.time.LocalDateTime;

/**
 * A one-off session, times in the centre's zone. A null {@code end} lasts the workshop's duration; a null
 * {@code capacity} takes the workshop's default, never more than the room seats.
 */
public record NewSession(Long workshopId, Long roomId, Long instructorId, LocalDateTime start, LocalDateTime end,
        Integer capacity) {}

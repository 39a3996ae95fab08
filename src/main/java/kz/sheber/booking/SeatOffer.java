package kz.sheber.booking;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the booking panel shows for one session: whether it can be booked now and why not, seats left, the
 * most one booking may take, and the reader's own booking or waiting place if they have one; {@code
 * courseSeriesId} is the course a date belongs to when its seats come only with enrolling (else null).
 */
public record SeatOffer(
        long sessionId,
        long sessionVersion,
        Availability availability,
        int seatsLeft,
        int maxSeats,
        @Nullable Instant opensAt,
        Optional<BookingSummary> mine,
        @Nullable Long courseSeriesId) {

    public enum Availability {
        OPEN,
        NOT_YET_OPEN,
        CLOSED,
        CANCELLED,
        GONE,
        /** A date of a course that takes no drop-ins: its seats come with enrolling in the course. */
        COURSE_ONLY
    }
}

package kz.sheber.roster;

import org.jspecify.annotations.Nullable;

/**
 * An attendance mark was set, changed or taken back, published inside the marking transaction.
 *
 * @param before the mark before ({@code PRESENT 2}, {@code NO_SHOW}), null when there was none
 * @param after the mark now, null when it was taken back
 */
public record AttendanceMarked(
        long sessionId,
        long bookingId,
        String bookingReference,
        long personId,
        @Nullable String before,
        @Nullable String after) {}

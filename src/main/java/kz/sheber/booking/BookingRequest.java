package kz.sheber.booking;

import java.util.Objects;

/**
 * Seats wanted in a session. {@code joinWaitingListIfFull} says what to do when they do not fit; {@code seen} is
 * the session as the booker saw it, so a session staff changed meanwhile is not booked blind.
 */
public record BookingRequest(long sessionId, int seats, boolean joinWaitingListIfFull, Seen seen) {

    public BookingRequest {
        Objects.requireNonNull(seen, "seen");
    }

    /** Which state of the session the booking was asked against. */
    public sealed interface Seen {}

    /** The page showed this version of the session: if staff changed it since, the booking is refused. */
    public record Version(long version) implements Seen {}

    /** Booked against the session as it stands when the booking runs (the desk, demo data): nothing to compare. */
    public record AsItStands() implements Seen {}

    /** A booking asked from a page that showed this version of the session. */
    public static BookingRequest shown(long sessionId, int seats, boolean joinWaitingListIfFull, long version) {
        return new BookingRequest(sessionId, seats, joinWaitingListIfFull, new Version(version));
    }

    /** A booking of the session as it stands, whatever changed since anyone looked at it. */
    public static BookingRequest asItStands(long sessionId, int seats, boolean joinWaitingListIfFull) {
        return new BookingRequest(sessionId, seats, joinWaitingListIfFull, new AsItStands());
    }
}

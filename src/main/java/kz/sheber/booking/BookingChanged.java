package kz.sheber.booking;

/**
 * One step in a booking's life, published inside the transaction that takes it: a listener in that transaction
 * (the audit trail) commits or rolls back with it, and one after commit (metrics) sees only what happened.
 *
 * @param seats the booking's seats (its group's size) after this step; 0 once it has ended
 * @param seatsBefore its seats before this step; 0 for a new booking
 * @param late a cancellation after the cut-off; false for every other step
 */
public record BookingChanged(
        long bookingId,
        String reference,
        long sessionId,
        long personId,
        Step step,
        int seats,
        int seatsBefore,
        Channel channel,
        boolean late) {

    public enum Step {
        BOOKED,
        JOINED_WAITING_LIST,
        SEATS_CHANGED,
        CANCELLED,
        LEFT_WAITING_LIST,
        PROMOTED,
        WALKED_IN,
        CANCELLED_WITH_SESSION
    }

    /** Where the step was taken: the resident online, staff at the desk, the instructor at the door, or a rule. */
    public enum Channel {
        ONLINE,
        DESK,
        DOOR,
        SYSTEM
    }
}

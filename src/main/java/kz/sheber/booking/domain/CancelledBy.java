package kz.sheber.booking.domain;

/** Who ended a booking: the resident, staff at the desk, or the centre by cancelling the session itself. */
public enum CancelledBy {
    RESIDENT,
    STAFF,
    CENTRE
}

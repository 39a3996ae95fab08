package kz.sheber.booking;

/** Where a booking stands, as residents and staff see it. */
public enum BookingState {
    CONFIRMED,
    WAITING,
    CANCELLED
}

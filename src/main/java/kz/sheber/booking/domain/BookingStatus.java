package kz.sheber.booking.domain;

/** WAITING is a place on the session's waiting list; CONFIRMED holds seats; CANCELLED is history. */
public enum BookingStatus {
    WAITING,
    CONFIRMED,
    CANCELLED
}

package kz.sheber.booking;

import java.time.Instant;

/** One booking of a person as their data export needs it: which session, its state, when it was made. */
public record PersonBooking(long id, String reference, long sessionId, BookingState state, Instant bookedAt) {}

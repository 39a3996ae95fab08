package kz.sheber.booking;

/** What erasure's first step ended: bookings holding seats, and places on waiting lists. */
public record ErasureCancellations(int bookings, int waitingPlaces) {}

package kz.sheber.schedule;

/** Staff cancelled a session; the booking feature cancels its bookings and tells everyone why. */
public record SessionCancelled(long sessionId, String reason) {}

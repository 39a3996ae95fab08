package kz.sheber.schedule;

/**
 * Staff cancelled a session; the booking feature cancels its bookings and tells everyone why. {@code withSeries}
 * when it went with the rest of its series in one step (a whole course called off): a course then tells its
 * participants once, for all dates, rather than once per date.
 */
public record SessionCancelled(long sessionId, String reason, boolean withSeries) {

    public SessionCancelled(long sessionId, String reason) {
        this(sessionId, reason, false);
    }
}

package kz.sheber.course;

import java.time.Instant;

/**
 * One date of a course as a participant sees it: {@code HELD} (a seat is theirs), {@code MISSED} (they said they
 * will miss it), {@code CANCELLED} (the centre called the date off), {@code NOT_BOOKED} (before they enrolled,
 * or after they left).
 */
public record CourseDateState(long sessionId, Instant startsAt, Instant endsAt, String roomName, Status status) {

    public enum Status {
        HELD,
        MISSED,
        CANCELLED,
        NOT_BOOKED
    }
}

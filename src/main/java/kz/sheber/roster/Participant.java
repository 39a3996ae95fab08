package kz.sheber.roster;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One line of a roster. {@code state} is booked, waiting or cancelled late; phone and email may be null (people
 * booked at the desk); {@code attendance} is empty until marked; {@code history} is there for staff only;
 * {@code inCourse} when the seats come with a course enrolment, not a drop-in booking of this date.
 */
public record Participant(
        long bookingId,
        String reference,
        long personId,
        String name,
        int seats,
        @Nullable String phone,
        @Nullable String email,
        Instant bookedAt,
        State state,
        int placeInLine,
        Optional<Attendance> attendance,
        Optional<AttendanceHistory> history,
        boolean inCourse) {

    public enum State {
        BOOKED,
        WAITING,
        CANCELLED_LATE
    }

    /** What stands in for the name of an erased person, whose bookings stay as anonymous rows. */
    public enum Unnamed {
        ERASED
    }

    /** The name, or what stands in for it once the person was erased ({@code words} translates the stand-in). */
    public String shownName(Function<Enum<?>, String> words) {
        return name.isBlank() ? words.apply(Unnamed.ERASED) : name;
    }
}

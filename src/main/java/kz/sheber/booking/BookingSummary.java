package kz.sheber.booking;

import java.time.Instant;
import kz.sheber.catalogue.Multilingual;
import org.jspecify.annotations.Nullable;

/**
 * One booking or waiting-list place with what a reader needs to recognise it. {@code placeInLine} is 1 for the
 * first on the waiting list and 0 when not waiting; {@code cancelledByCentre} when the session itself was called
 * off; {@code late} when the resident cancelled after the cut-off; {@code courseEnrolmentId} and {@code seriesId}
 * when the seats are one date of a course enrolment.
 */
public record BookingSummary(
        long id,
        String reference,
        long sessionId,
        Multilingual workshopTitle,
        Instant startsAt,
        Instant endsAt,
        String roomName,
        int seats,
        BookingState state,
        int placeInLine,
        boolean late,
        boolean cancelledByCentre,
        String personName,
        @Nullable Long courseEnrolmentId,
        @Nullable Long seriesId,
        boolean missedByNotice) {

    /** Seats on one date of a course: changed through the course, not on their own. */
    public boolean partOfCourse() {
        return courseEnrolmentId != null;
    }

    public boolean isPast(Instant now) {
        return !startsAt.isAfter(now);
    }
}

package kz.sheber.course;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.schedule.SessionCard;

/**
 * A course as one offer: its dates (the first, how many, the weekdays and time, the last), how many remain,
 * seats left for a new enrolment, until when enrolling is open, and the reader's own enrolment if they have one.
 */
public record CourseOffer(
        long seriesId,
        long workshopId,
        long instructorId,
        Multilingual workshopTitle,
        Instant firstDate,
        Instant lastDate,
        int dateCount,
        int remainingDates,
        Set<DayOfWeek> weekdays,
        LocalTime startTime,
        int capacity,
        int seatsLeft,
        int maxSeats,
        Availability availability,
        Instant enrolUntil,
        boolean dropIn,
        List<SessionCard> dates,
        Optional<MyEnrolment> mine) {

    public enum Availability {
        OPEN,
        /** Late enrolment has ended (or the course is over). */
        CLOSED,
        /** Every remaining date was called off. */
        CANCELLED
    }
}

package kz.sheber.course;

import java.time.Instant;
import java.util.List;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;

/** When a course takes enrolments and which of its dates a new enrolment books. */
final class CourseRules {

    private CourseRules() {}

    /** The dates still on that have not started: what an enrolment now books, and what leaving frees. */
    static List<SessionCard> remaining(CourseSeries course, Instant now) {
        return course.scheduledDates().stream()
                .filter(d -> d.startsAt().isAfter(now))
                .toList();
    }

    /**
     * Enrolment is open until the chosen date (the second by default) starts, counting the dates still on; a
     * choice past the last date means until the last one starts.
     */
    static Instant enrolUntil(CourseSeries course) {
        List<SessionCard> on = course.scheduledDates();
        if (on.isEmpty()) {
            return Instant.EPOCH;
        }
        return on.get(Math.min(course.terms().enrolUntilDate(), on.size()) - 1).startsAt();
    }

    static CourseOffer.Availability availability(CourseSeries course, Instant now) {
        if (remaining(course, now).isEmpty()) {
            return course.scheduledDates().isEmpty()
                    ? CourseOffer.Availability.CANCELLED
                    : CourseOffer.Availability.CLOSED;
        }
        return now.isBefore(enrolUntil(course)) ? CourseOffer.Availability.OPEN : CourseOffer.Availability.CLOSED;
    }

    /** Seats a new enrolment could take: what the course has left, and no more than the fullest remaining date. */
    static int seatsLeft(CourseSeries course, int enrolledSeats, Instant now) {
        int left = course.capacity() - enrolledSeats;
        for (SessionCard date : remaining(course, now)) {
            left = Math.min(left, date.seatsLeft());
        }
        return Math.max(0, left);
    }
}

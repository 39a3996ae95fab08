package kz.sheber.schedule;

import kz.sheber.base.InvalidInput;

/**
 * How a series is offered as a course: whether single dates may also be booked as drop-in when seats are left
 * over, and until which date (1 = the first) starts late enrolment stays open. The default is the one the centre
 * asked for: no drop-ins, late enrolment until the second date starts.
 */
public record CourseTerms(boolean dropIn, int enrolUntilDate) {

    public static CourseTerms standard() {
        return new CourseTerms(false, 2);
    }

    void check() {
        if (enrolUntilDate < 1) {
            throw InvalidInput.field("enrolUntil", "course.terms.enrolUntil.range");
        }
    }
}

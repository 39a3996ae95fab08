package kz.sheber.course;

import java.util.List;
import kz.sheber.catalogue.Multilingual;

/**
 * A person's enrolment in a course with each of its dates; {@code placeInLine} is 1 for the first on the course's
 * waiting list and 0 when not waiting.
 */
public record MyEnrolment(
        long enrolmentId,
        long seriesId,
        Multilingual workshopTitle,
        int seats,
        EnrolmentState state,
        int placeInLine,
        List<CourseDateState> dates,
        String personName) {

    public boolean live() {
        return state == EnrolmentState.ACTIVE || state == EnrolmentState.WAITING;
    }
}

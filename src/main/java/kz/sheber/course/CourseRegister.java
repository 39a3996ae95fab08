package kz.sheber.course;

import java.util.List;
import kz.sheber.catalogue.Multilingual;
import kz.sheber.schedule.SessionCard;

/**
 * Everyone in a course against every date: each cell says whether they came, did not come, said they would miss
 * it, or holds a seat still to come. Waiting enrolments are listed after the participants, with no cells filled.
 */
public record CourseRegister(long seriesId, Multilingual workshopTitle, List<SessionCard> dates, List<Row> rows) {

    public record Row(
            long enrolmentId, long personId, String name, int seats, EnrolmentState state, List<Cell> cells) {}

    public enum Cell {
        PRESENT,
        ABSENT,
        MISSED,
        BOOKED,
        NOT_MARKED,
        CANCELLED,
        NOT_BOOKED
    }
}

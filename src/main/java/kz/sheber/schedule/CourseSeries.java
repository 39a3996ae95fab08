package kz.sheber.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import kz.sheber.catalogue.Multilingual;

/**
 * A series offered as a course, with every one of its dates (cancelled ones too) in start order: what the course
 * feature needs to enrol people and what its pages show.
 */
public record CourseSeries(
        long seriesId,
        long workshopId,
        Multilingual workshopTitle,
        long instructorId,
        int capacity,
        Set<DayOfWeek> weekdays,
        LocalTime startTime,
        CourseTerms terms,
        List<SessionCard> dates) {

    /** The dates still on (not cancelled), in start order. */
    public List<SessionCard> scheduledDates() {
        return dates.stream().filter(d -> !d.cancelled()).toList();
    }
}

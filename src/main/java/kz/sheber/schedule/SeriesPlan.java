package kz.sheber.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A weekly series: a session on each chosen weekday from {@code firstDate} to {@code lastDate} (both included)
 * at {@code startTime} in the centre's zone, lasting the workshop's duration, except on the skipped dates.
 * {@code course} says how it is offered as a course; null for a series of drop-in classes.
 */
public record SeriesPlan(Long workshopId, Long roomId, Long instructorId, Integer capacity, Set<DayOfWeek> weekdays,
        LocalDate firstDate, LocalDate lastDate, LocalTime startTime, Set<LocalDate> skippedDates,
        CourseTerms course) {

    /** A series of drop-in classes. */
    public SeriesPlan(Long workshopId, Long roomId, Long instructorId, Integer capacity, Set<DayOfWeek> weekdays,
            LocalDate firstDate, LocalDate lastDate, LocalTime startTime, Set<LocalDate> skippedDates) {
        this(workshopId, roomId, instructorId, capacity, weekdays, firstDate, lastDate, startTime, skippedDates, null);
    }
}

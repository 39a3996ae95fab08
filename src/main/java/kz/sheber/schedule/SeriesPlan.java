package kz.sheber.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A weekly series: a session on each chosen weekday from {@code firstDate} to {@code lastDate} (both included)
 * at {@code startTime} in the centre's zone, lasting the workshop's duration, except on the skipped dates.
 * {@code course} says how it is offered as a course; null for a series of drop-in classes.
 */
public record SeriesPlan(
        @Nullable Long workshopId,
        @Nullable Long roomId,
        @Nullable Long instructorId,
        @Nullable Integer capacity,
        Set<DayOfWeek> weekdays,
        LocalDate firstDate,
        LocalDate lastDate,
        LocalTime startTime,
        Set<LocalDate> skippedDates,
        @Nullable CourseTerms course) {

    /** A series of drop-in classes. */
    public SeriesPlan(
            @Nullable Long workshopId,
            @Nullable Long roomId,
            @Nullable Long instructorId,
            @Nullable Integer capacity,
            Set<DayOfWeek> weekdays,
            LocalDate firstDate,
            LocalDate lastDate,
            LocalTime startTime,
            Set<LocalDate> skippedDates) {
        this(workshopId, roomId, instructorId, capacity, weekdays, firstDate, lastDate, startTime, skippedDates, null);
    }
}

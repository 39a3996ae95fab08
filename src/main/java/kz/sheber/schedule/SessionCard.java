package kz.sheber.schedule;

import java.time.Instant;
import kz.sheber.catalogue.Level;
import kz.sheber.catalogue.Multilingual;

/** One line of the timetable: a session with the names a reader needs, without further look-ups. */
public record SessionCard(
        long id,
        Instant startsAt,
        Instant endsAt,
        long workshopId,
        Multilingual workshopTitle,
        long craftId,
        Multilingual craftName,
        Level level,
        long instructorId,
        String instructorName,
        long roomId,
        String roomName,
        int capacity,
        int bookedSeats,
        boolean cancelled,
        Long seriesId,
        boolean editedByHand,
        long version) {

    public int seatsLeft() {
        return Math.max(0, capacity - bookedSeats);
    }
}

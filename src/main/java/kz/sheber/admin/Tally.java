package kz.sheber.admin;

import org.jspecify.annotations.Nullable;

/**
 * What a set of held sessions added up to (held: not called off and already started). {@code bookedWhereTaken}
 * is the booked seats of the sessions whose attendance was taken, the base of the attendance rate.
 */
public record Tally(
        long sessions,
        long seatsOffered,
        long seatsBooked,
        long came,
        long bookedWhereTaken,
        long noShows,
        long lateCancellations,
        long waitingEntries,
        long unmetEntries,
        long unmetSeats) {

    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Seats booked over seats offered, or null when nothing was offered. */
    public @Nullable Double fillRate() {
        return seatsOffered == 0 ? null : (double) seatsBooked / seatsOffered;
    }

    /** Seats that came over seats booked, for sessions with attendance taken; null when none was. */
    public @Nullable Double attendanceRate() {
        return bookedWhereTaken == 0 ? null : (double) came / bookedWhereTaken;
    }

    /** Seats wanted: those booked and those that waited and never got in. */
    public long demand() {
        return seatsBooked + unmetSeats;
    }
}

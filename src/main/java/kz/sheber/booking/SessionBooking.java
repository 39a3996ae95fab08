package kz.sheber.booking;

import java.time.Instant;

/**
 * One booking of a session as its roster needs it: whose, how many seats, its state, when it was made, whether it
 * was cancelled late, its place on the waiting list (0 when not waiting), and whether the seats are the date's
 * share of a course enrolment ({@code course}) rather than a drop-in booking.
 */
public record SessionBooking(
        long id,
        String reference,
        long personId,
        int seats,
        BookingState state,
        Instant bookedAt,
        boolean late,
        int placeInLine,
        boolean course) {}

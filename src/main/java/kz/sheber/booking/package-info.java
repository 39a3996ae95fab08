/**
 * Seat booking: bookings of 1 to N seats, the waiting list with automatic promotion, cancellations with a late
 * cut-off, booking emails with calendar invites, reminders, a private calendar feed, My bookings and the desk.
 * Seat counts live on the session row and only the database changes them, under the session's row lock, in the
 * same transaction as the booking ({@link kz.sheber.booking.BookingService} is the public face).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Booking")
@NullMarked
package kz.sheber.booking;

import org.jspecify.annotations.NullMarked;

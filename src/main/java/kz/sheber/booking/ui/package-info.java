/** Booking's screens: the reusable booking panel for a session's page, My bookings, and the desk for staff. */
@NullMarked
package kz.sheber.booking.ui;

import org.jspecify.annotations.NullMarked;

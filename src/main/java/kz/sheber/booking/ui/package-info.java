/** Booking's screens: the reusable booking panel for a session's page, My bookings, and the desk for staff. */
package kz.sheber.booking.ui;

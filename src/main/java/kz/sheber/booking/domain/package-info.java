/** Bookings, waiting-list places and calendar feeds as stored; only the booking feature touches them. */
@NullMarked
package kz.sheber.booking.domain;

import org.jspecify.annotations.NullMarked;

/** Bookings, waiting-list places and calendar feeds as stored; only the booking feature touches them. */
package kz.sheber.booking.domain;

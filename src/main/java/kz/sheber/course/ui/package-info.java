/**
 * Course screens: the course page (enrol, waiting list, miss a date, leave), courses as one offer on the
 * timetable and workshop pages, the course item on My bookings, and the participants' register.
 */
@NullMarked
package kz.sheber.course.ui;

import org.jspecify.annotations.NullMarked;

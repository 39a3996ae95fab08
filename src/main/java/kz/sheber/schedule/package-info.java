/**
 * When workshops happen: sessions (one workshop, one time, one room, one instructor, a capacity) and weekly
 * series that create them, with conflict checks for rooms and instructors. Admins plan through {@link
 * kz.sheber.schedule.PlanningService}; everyone reads the timetable from {@link
 * kz.sheber.schedule.TimetableService}. Changes and cancellations are
 * published as {@link kz.sheber.schedule.SessionChanged} and {@link kz.sheber.schedule.SessionCancelled} for the
 * booking feature. The timetable read is one indexed SQL query that joins the catalogue's and accounts' tables
 * (read only), so a page of 5,000 sessions costs one round trip.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Schedule")
@NullMarked
package kz.sheber.schedule;

import org.jspecify.annotations.NullMarked;

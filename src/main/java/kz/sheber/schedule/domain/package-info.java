/** The schedule's entities, repositories and timetable query; only {@link kz.sheber.schedule.ScheduleService} uses them. */
@NullMarked
package kz.sheber.schedule.domain;

import org.jspecify.annotations.NullMarked;

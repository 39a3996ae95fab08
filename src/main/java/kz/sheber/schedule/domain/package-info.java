/** The schedule's entities, repositories and timetable query; only {@link kz.sheber.schedule.ScheduleService} uses them. */
package kz.sheber.schedule.domain;

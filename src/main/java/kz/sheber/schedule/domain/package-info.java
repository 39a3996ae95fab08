/** The schedule's entities, repositories and timetable query; only the schedule's services use them. */
package kz.sheber.schedule.domain;

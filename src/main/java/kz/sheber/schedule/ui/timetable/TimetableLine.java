package kz.sheber.schedule.ui.timetable;

import kz.sheber.schedule.SessionCard;

/** A session in the list, and whether it opens its day (so the line carries the day's heading). */
record TimetableLine(SessionCard card, boolean firstOfDay) {}

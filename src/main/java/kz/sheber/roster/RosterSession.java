package kz.sheber.roster;

import kz.sheber.schedule.SessionCard;

/** A session on an instructor's home: the timetable line and how many wait for a seat. */
public record RosterSession(SessionCard card, int waiting) {}

package kz.sheber.roster;

/** A resident's last 90 days: sessions they held seats in, those they came to, and those they missed. */
public record AttendanceHistory(int booked, int attended, int noShows) {}

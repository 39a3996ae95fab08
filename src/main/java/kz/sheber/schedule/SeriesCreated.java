package kz.sheber.schedule;

/** What a new series produced: its id and how many sessions. */
public record SeriesCreated(long seriesId, int sessions) {}

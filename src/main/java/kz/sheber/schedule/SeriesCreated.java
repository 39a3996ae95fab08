package kz.sheber.schedule;

import java.time.LocalDate;
import java.util.List;

/** What a new series produced: its id, how many sessions, and the dates left out of it on purpose (in order). */
public record SeriesCreated(long seriesId, int sessions, List<LocalDate> skippedDates) {}

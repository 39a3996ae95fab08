package kz.sheber.schedule;

/** How a series is offered: its version (for an edit) and its course terms, null for drop-in classes. */
public record SeriesOffer(long seriesId, long version, CourseTerms course) {}

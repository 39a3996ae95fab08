package kz.sheber.schedule;

import org.jspecify.annotations.Nullable;

/** How a series is offered: its version (for an edit) and its course terms, null for drop-in classes. */
public record SeriesOffer(
        long seriesId, long version, @Nullable CourseTerms course) {}

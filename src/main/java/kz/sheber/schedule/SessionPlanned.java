package kz.sheber.schedule;

import org.jspecify.annotations.Nullable;

/** Staff planned a session, on its own or as one date of a new series. */
public record SessionPlanned(long sessionId, @Nullable Long seriesId) {}

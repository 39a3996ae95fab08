package kz.sheber.catalogue;

import org.jspecify.annotations.Nullable;

/** A craft as readers see it. {@code code} is set for the seeded crafts (e.g. "felt"), null for added ones. */
public record CraftSummary(long id, @Nullable String code, Multilingual name, long version) {}

package kz.sheber.catalogue;

import org.jspecify.annotations.Nullable;

/** A new craft ({@code id} null) or a change to one, with the version the admin started from. */
public record CraftForm(@Nullable Long id, long version, Multilingual name) {}

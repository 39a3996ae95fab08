package kz.sheber.catalogue;

/** A new craft ({@code id} null) or a change to one, with the version the admin started from. */
public record CraftForm(Long id, long version, Multilingual name) {}

package kz.sheber.catalogue;

/** An instructor's bio as staff save it, with the version they started from. */
public record BioForm(long personId, long version, Multilingual bio) {}

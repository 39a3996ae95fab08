package kz.sheber.catalogue;

/** How much a participant should already know; shown with the bundle key {@code catalogue.level.<NAME>}. */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}

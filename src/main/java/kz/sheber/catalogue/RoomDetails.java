package kz.sheber.catalogue;

/** A room: how many it seats, what is in it, and whether it can be reached without steps. */
public record RoomDetails(
        long id, String name, int seats, String equipment, String accessNotes, boolean stepFree, long version) {}

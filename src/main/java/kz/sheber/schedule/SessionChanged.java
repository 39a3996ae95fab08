package kz.sheber.schedule;

import java.util.Set;

/** A session's time, room, instructor or capacity changed (after commit, the booking feature tells participants). */
public record SessionChanged(long sessionId, Set<Change> changes) {

    public enum Change {
        TIME,
        ROOM,
        INSTRUCTOR,
        CAPACITY
    }
}

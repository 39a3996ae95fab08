package kz.sheber.schedule;

import java.util.List;
import java.util.Set;
import kz.sheber.base.FieldChange;

/**
 * A session's time, room, instructor or capacity changed, published before commit: the booking feature tells
 * participants, the audit trail records {@code fields} (each changed field before and after).
 */
public record SessionChanged(long sessionId, Set<Change> changes, List<FieldChange> fields) {

    public enum Change {
        TIME,
        ROOM,
        INSTRUCTOR,
        CAPACITY
    }
}

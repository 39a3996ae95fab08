package kz.sheber.schedule;

import java.util.List;
import kz.sheber.base.FieldChange;

/**
 * Staff changed a series from one of its sessions onwards: its plan's fields before and after (time of day, length,
 * room, instructor, capacity), and how many of its sessions took the change (those edited by hand keep theirs).
 */
public record SeriesChanged(long seriesId, List<FieldChange> fields, int sessionsChanged) {}

package kz.sheber.schedule;

import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import org.jspecify.annotations.Nullable;

/** Everything about one session: its timetable line, why it was cancelled (or null), the workshop and the room. */
public record SessionDetails(
        SessionCard card, @Nullable String cancelReason, WorkshopDetails workshop, RoomDetails room) {}

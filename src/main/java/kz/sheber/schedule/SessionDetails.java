package kz.sheber.schedule;

import kz.sheber.catalogue.RoomView;
import kz.sheber.catalogue.WorkshopView;
import org.jspecify.annotations.Nullable;

/** Everything about one session: its timetable line, why it was cancelled (or null), the workshop and the room. */
public record SessionDetails(SessionCard card, @Nullable String cancelReason, WorkshopView workshop, RoomView room) {}

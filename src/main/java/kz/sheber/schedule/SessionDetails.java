package kz.sheber.schedule;

import kz.sheber.catalogue.RoomView;
import kz.sheber.catalogue.WorkshopView;

/** Everything about one session: its timetable line, why it was cancelled (or null), the workshop and the room. */
public record SessionDetails(SessionCard card, String cancelReason, WorkshopView workshop, RoomView room) {}

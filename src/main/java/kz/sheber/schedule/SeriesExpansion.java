package kz.sheber.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Turns a weekly plan into the instants of its sessions: local dates and time in the centre's zone, then UTC. */
final class SeriesExpansion {

    record Slot(Instant start, Instant end) {}

    private SeriesExpansion() {}

    static List<Slot> slots(SeriesPlan plan, Duration length, ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = plan.firstDate(); !day.isAfter(plan.lastDate()); day = day.plusDays(1)) {
            if (plan.weekdays().contains(day.getDayOfWeek())
                    && (plan.skippedDates() == null || !plan.skippedDates().contains(day))) {
                Instant start = day.atTime(plan.startTime()).atZone(zone).toInstant();
                slots.add(new Slot(start, start.plus(length)));
            }
        }
        return slots;
    }
}

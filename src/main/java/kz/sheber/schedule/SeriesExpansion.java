package kz.sheber.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a weekly plan into the instants of its sessions: local dates and time in the centre's zone, then UTC. */
public final class SeriesExpansion {

    record Slot(Instant start, Instant end) {}

    private SeriesExpansion() {}

    static List<Slot> slots(SeriesPlan plan, Duration length, ZoneId zone) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day : dates(plan.weekdays(), plan.firstDate(), plan.lastDate())) {
            if (plan.skippedDates() == null || !plan.skippedDates().contains(day)) {
                Instant start = day.atTime(plan.startTime()).atZone(zone).toInstant();
                slots.add(new Slot(start, start.plus(length)));
            }
        }
        return slots;
    }

    /** Each chosen weekday from {@code first} to {@code last}, both included: the dates staff may skip. */
    public static List<LocalDate> dates(Set<DayOfWeek> weekdays, LocalDate first, LocalDate last) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (weekdays.contains(day.getDayOfWeek())) {
                dates.add(day);
            }
        }
        return dates;
    }
}

package kz.sheber.schedule;

import java.time.LocalDate;
import kz.sheber.base.InvalidInput;

/** The shape of a weekly plan: weekdays chosen, dates in order and at most a year apart, a start time. */
public final class SeriesRules {

    private SeriesRules() {}

    static void check(SeriesPlan plan) {
        if (plan.weekdays() == null || plan.weekdays().isEmpty()) {
            throw InvalidInput.field("weekdays", "schedule.series.weekdaysRequired");
        }
        if (plan.firstDate() == null) {
            throw InvalidInput.field("firstDate", "schedule.series.firstDateRequired");
        }
        if (plan.lastDate() == null || plan.lastDate().isBefore(plan.firstDate())) {
            throw InvalidInput.field("lastDate", "schedule.series.lastBeforeFirst");
        }
        if (!withinAYear(plan.firstDate(), plan.lastDate())) {
            throw InvalidInput.field("lastDate", "schedule.series.tooLong");
        }
        if (plan.startTime() == null) {
            throw InvalidInput.field("startTime", "schedule.series.startTimeRequired");
        }
    }

    /** Whether a series may run from {@code first} to {@code last}: a year at most, last date included. */
    public static boolean withinAYear(LocalDate first, LocalDate last) {
        return !last.isAfter(first.plusYears(1));
    }
}

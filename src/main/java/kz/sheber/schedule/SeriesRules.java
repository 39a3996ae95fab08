package kz.sheber.schedule;

import kz.sheber.base.InvalidInput;

/** The shape of a weekly plan: weekdays chosen, dates in order and at most a year apart, a start time. */
final class SeriesRules {

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
        if (plan.lastDate().isAfter(plan.firstDate().plusYears(1))) {
            throw InvalidInput.field("lastDate", "schedule.series.tooLong");
        }
        if (plan.startTime() == null) {
            throw InvalidInput.field("startTime", "schedule.series.startTimeRequired");
        }
    }
}

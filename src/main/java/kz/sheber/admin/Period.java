package kz.sheber.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import kz.sheber.base.InvalidInput;

/** Days from {@code from} to {@code to}, both included, in the centre's calendar. */
public record Period(LocalDate from, LocalDate to) {

    /** Long enough for two years side by side, short enough that one page never scans the whole history. */
    static final int LONGEST_DAYS = 732;

    /** The kinds of period the picker offers; CUSTOM is any range within {@link #LONGEST_DAYS}. */
    public enum Kind {
        WEEK,
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    public Period {
        if (from == null) {
            throw InvalidInput.field("from", "admin.period.fromRequired");
        }
        if (to == null) {
            throw InvalidInput.field("to", "admin.period.toRequired");
        }
        if (to.isBefore(from)) {
            throw InvalidInput.field("to", "admin.period.toBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw InvalidInput.field("to", "admin.period.tooLong");
        }
    }

    /** This week (Monday to Sunday), month, quarter or year around {@code today}. */
    public static Period around(Kind kind, LocalDate today) {
        return switch (kind) {
            case WEEK -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusDays(6));
            }
            case MONTH -> new Period(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> quarter(today.getYear(), today.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> new Period(today.withDayOfYear(1), today.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> throw new IllegalArgumentException("A custom period names its own days");
        };
    }

    public static Period quarter(int year, int quarter) {
        LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before this period. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }
}

package kz.sheber.schedule;

import java.time.LocalDate;
import kz.sheber.base.PlainText;
import kz.sheber.catalogue.Level;
import org.jspecify.annotations.Nullable;

/**
 * What the timetable shows. Nulls mean "any"; dates are days in the centre's zone, both included. Without a
 * {@code from} day it starts now. {@code text} matches a workshop's title in any language or the instructor's name.
 */
public record TimetableFilter(
        @Nullable Long craftId,
        @Nullable Level level,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        boolean freeSeatsOnly,
        @Nullable String text,
        boolean includeCancelled) {

    public TimetableFilter {
        text = PlainText.line(text); // also written into the timetable's shareable link
    }

    public static TimetableFilter upcoming() {
        return new TimetableFilter(null, null, null, null, false, null, false);
    }
}

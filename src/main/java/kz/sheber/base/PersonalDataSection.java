package kz.sheber.base;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * EXTENSION POINT of a person's data export ("Download my data"): every feature that keeps something about a
 * person contributes one Spring bean implementing this, reading its own records; the privacy feature collects
 * them all and writes them into the file (JSON and a readable page). A new feature that keeps personal data
 * (consents, course enrolments) adds one small class and its column names to the translation bundles
 * ({@code privacy.export.<name>} for the heading, {@code privacy.export.<name>.<column>} for each column).
 */
public interface PersonalDataSection {

    /** Whose data: {@code email} is null for someone booked at the desk without one. */
    record Subject(long personId, @Nullable String email, Locale language) {}

    /**
     * The section's records: {@code columns} are stable names (the JSON keys), each row holds a String, Number,
     * Boolean, {@link java.time.Instant}, {@link java.time.LocalDate} or null per column.
     */
    record Table(List<String> columns, List<List<Object>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream()
                    .map(row -> Collections.unmodifiableList(new ArrayList<>(row)))
                    .toList();
        }
    }

    /** A stable name, also the JSON key: {@code account}, {@code bookings}, ... */
    String name();

    /** Smaller numbers come first in the file. */
    int order();

    /** Only this person's records; the caller has checked who may read them. */
    Table of(Subject subject);
}

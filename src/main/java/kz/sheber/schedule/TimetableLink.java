package kz.sheber.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.sheber.catalogue.Level;
import org.jspecify.annotations.Nullable;

/**
 * The timetable's filters as they travel in a link ({@code ?craft=3&level=beginner&from=2026-12-01&free=1&q=felt})
 * and in the feeds' query strings. What cannot be read is left out and {@code understood} says so, so a mistyped
 * link shows the whole timetable with a note rather than an error page.
 */
public record TimetableLink(TimetableFilter filter, boolean understood) {

    public static final String CRAFT = "craft",
            LEVEL = "level",
            FROM = "from",
            TO = "to",
            FREE = "free",
            TEXT = "q",
            CANCELLED = "cancelled";
    private static final int MAX_TEXT = 100;

    public static TimetableLink parse(@Nullable Map<String, List<String>> parameters) {
        Reader in = new Reader(parameters);
        Long craft = in.craft();
        Level level = in.level();
        LocalDate from = in.date(FROM);
        LocalDate to = in.date(TO);
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
            in.understood = false;
        }
        String text = in.first(TEXT);
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        TimetableFilter filter = new TimetableFilter(craft, level, from, to, in.flag(FREE), text, in.flag(CANCELLED));
        return new TimetableLink(filter, in.understood);
    }

    /** The query parameters that bring back this filter; "any" values are left out, so links stay short. */
    public static Map<String, List<String>> parameters(TimetableFilter filter) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (filter.craftId() != null) {
            out.put(CRAFT, List.of(filter.craftId().toString()));
        }
        if (filter.level() != null) {
            out.put(LEVEL, List.of(filter.level().name().toLowerCase(Locale.ROOT)));
        }
        if (filter.from() != null) {
            out.put(FROM, List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            out.put(TO, List.of(filter.to().toString()));
        }
        if (filter.freeSeatsOnly()) {
            out.put(FREE, List.of("1"));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            out.put(TEXT, List.of(filter.text().strip()));
        }
        if (filter.includeCancelled()) {
            out.put(CANCELLED, List.of("1"));
        }
        return out;
    }

    private static final class Reader {

        private final Map<String, List<String>> parameters;
        private boolean understood = true;

        Reader(@Nullable Map<String, List<String>> parameters) {
            this.parameters = parameters == null ? Map.of() : parameters;
        }

        @Nullable
        String first(String name) {
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        @Nullable
        Long craft() {
            String value = first(CRAFT);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                long id = Long.parseLong(value.strip());
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException notANumber) {
                // falls through to "not understood"
            }
            understood = false;
            return null;
        }

        @Nullable
        Level level() {
            String value = first(LEVEL);
            if (value == null || value.isBlank()) {
                return null;
            }
            for (Level level : Level.values()) {
                if (level.name().equalsIgnoreCase(value.strip())) {
                    return level;
                }
            }
            understood = false;
            return null;
        }

        @Nullable
        LocalDate date(String name) {
            String value = first(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException notADate) {
                understood = false;
                return null;
            }
        }

        boolean flag(String name) {
            String value = first(name);
            if (value == null) {
                return false;
            }
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("1") || v.equals("true") || v.equals("yes") || v.isEmpty()) {
                return true;
            }
            if (!v.equals("0") && !v.equals("false") && !v.equals("no")) {
                understood = false;
            }
            return false;
        }
    }
}

package kz.sheber.admin.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.sheber.admin.FigureFilter;
import kz.sheber.admin.Period;
import kz.sheber.base.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's choice as it lives in the address ({@code ?period=month}, {@code ?period=custom&from=...&to=...},
 * {@code &craft=3}), so a link shows a colleague the same figures. What cannot be read falls back to this month.
 */
record PeriodChoice(Period.Kind kind, Period period, FigureFilter filter, boolean understood) {

    static PeriodChoice of(
            Period.Kind kind, @Nullable LocalDate from, @Nullable LocalDate to, FigureFilter filter, LocalDate today) {
        Period period = kind == Period.Kind.CUSTOM
                ? new Period(Objects.requireNonNull(from), Objects.requireNonNull(to))
                : Period.around(kind, today);
        return new PeriodChoice(kind, period, filter, true);
    }

    static PeriodChoice read(QueryParameters query, LocalDate today) {
        Map<String, List<String>> params = query.getParameters();
        try {
            Period.Kind kind =
                    Period.Kind.valueOf(first(params, "period", "month").toUpperCase(Locale.ROOT));
            FigureFilter filter = new FigureFilter(
                    id(params, "craft"), id(params, "workshop"), id(params, "instructor"), id(params, "room"));
            return kind == Period.Kind.CUSTOM
                    ? of(
                            kind,
                            LocalDate.parse(first(params, "from", "")),
                            LocalDate.parse(first(params, "to", "")),
                            filter,
                            today)
                    : of(kind, null, null, filter, today);
        } catch (IllegalArgumentException | DateTimeParseException | InvalidInput unreadable) {
            return new PeriodChoice(
                    Period.Kind.MONTH, Period.around(Period.Kind.MONTH, today), FigureFilter.ALL, false);
        }
    }

    QueryParameters query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", kind.name().toLowerCase(Locale.ROOT));
        if (kind == Period.Kind.CUSTOM) {
            params.put("from", period.from().toString());
            params.put("to", period.to().toString());
        }
        put(params, "craft", filter.craftId());
        put(params, "workshop", filter.workshopId());
        put(params, "instructor", filter.instructorId());
        put(params, "room", filter.roomId());
        return QueryParameters.simple(params);
    }

    private static void put(Map<String, String> params, String name, @Nullable Long id) {
        if (id != null) {
            params.put(name, id.toString());
        }
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        return params.getOrDefault(name, List.of(fallback)).getFirst();
    }

    private static @Nullable Long id(Map<String, List<String>> params, String name) {
        String value = first(params, name, "");
        return value.isEmpty() ? null : Long.valueOf(value);
    }
}

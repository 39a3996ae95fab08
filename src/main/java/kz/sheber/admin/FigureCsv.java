package kz.sheber.admin;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import kz.sheber.base.ExcelCsv;
import org.jspecify.annotations.Nullable;

/**
 * A breakdown as CSV for Excel ({@link ExcelCsv}), one row per line of the table, rates as plain decimals so a spreadsheet can sum and chart them.
 */
public final class FigureCsv {

    /** The columns after the name, in order; a header names each in the reader's language. */
    public static final List<String> COLUMNS = List.of(
            "sessions",
            "seatsOffered",
            "seatsBooked",
            "fillRate",
            "came",
            "attendanceRate",
            "noShows",
            "lateCancellations",
            "waitingEntries",
            "unmetEntries",
            "unmetSeats");

    private FigureCsv() {}

    /** {@code header} is the name column's title then one per {@link #COLUMNS}; {@code name} labels a row. */
    public static byte[] write(List<FigureRow> rows, List<String> header, Function<FigureRow, String> name) {
        return ExcelCsv.write(header, csv -> {
            for (FigureRow row : rows) {
                Tally t = row.tally();
                csv.printRecord(
                        safe(name.apply(row)),
                        t.sessions(),
                        t.seatsOffered(),
                        t.seatsBooked(),
                        rate(t.fillRate()),
                        t.came(),
                        rate(t.attendanceRate()),
                        t.noShows(),
                        t.lateCancellations(),
                        t.waitingEntries(),
                        t.unmetEntries(),
                        t.unmetSeats());
            }
        });
    }

    private static String rate(@Nullable Double rate) {
        return rate == null ? "" : String.format(Locale.ROOT, "%.3f", rate);
    }

    /** A name starting with = + - @ would run as a formula in Excel; a leading apostrophe keeps it text. */
    private static String safe(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

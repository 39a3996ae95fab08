package kz.sheber.roster;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import kz.sheber.base.ExcelCsv;
import org.jspecify.annotations.Nullable;

/**
 * A roster as CSV for Excel ({@link ExcelCsv}), one row per participant then the waiting list, times in the
 * centre's zone.
 */
public final class RosterCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RosterCsv() {}

    /**
     * {@code header} names the columns in the reader's language: name, seats, phone, email, booked at, state,
     * attendance, seats present; {@code words} turns a state or attendance mark into the reader's language.
     */
    public static byte[] write(Roster roster, List<String> header, ZoneId zone, Function<Enum<?>, String> words) {
        return ExcelCsv.write(header, csv -> {
            for (List<Participant> part : List.of(roster.participants(), roster.waiting())) {
                for (Participant p : part) {
                    csv.printRecord(
                            p.shownName(words),
                            p.seats(),
                            nullToEmpty(p.phone()),
                            nullToEmpty(p.email()),
                            WHEN.format(p.bookedAt().atZone(zone)),
                            words.apply(p.state()),
                            p.attendance().map(a -> words.apply(a.mark())).orElse(""),
                            p.attendance()
                                    .map(a -> String.valueOf(a.seatsPresent()))
                                    .orElse(""));
                }
            }
        });
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}

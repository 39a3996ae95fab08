package kz.sheber.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A roster as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Cyrillic and Kazakh letters as
 * Windows-1251 garbage), one row per participant then the waiting list, times in the centre's zone.
 */
public final class RosterCsv {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private RosterCsv() {}

    /**
     * {@code header} names the columns in the reader's language: name, seats, phone, email, booked at, state,
     * attendance, seats present; {@code words} turns a state or attendance mark into the reader's language.
     */
    public static byte[] write(Roster roster, List<String> header, ZoneId zone, Function<Enum<?>, String> words) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.EXCEL.builder().setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (List<Participant> part : List.of(roster.participants(), roster.waiting())) {
                for (Participant p : part) {
                    csv.printRecord(p.name(), p.seats(), nullToEmpty(p.phone()), nullToEmpty(p.email()),
                            WHEN.format(p.bookedAt().atZone(zone)), words.apply(p.state()),
                            p.attendance().map(a -> words.apply(a.mark())).orElse(""),
                            p.attendance().map(a -> String.valueOf(a.seatsPresent())).orElse(""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

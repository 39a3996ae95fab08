package kz.sheber.audit.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.audit.AuditEntry;
import kz.sheber.audit.AuditLine;
import kz.sheber.base.time.CentreTime;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The filtered log as CSV for Excel: UTF-8 with a byte order mark, the reader's language, the centre's time. */
final class AuditCsv {

    private static final List<String> COLUMNS = List.of("when", "who", "channel", "action", "object", "about",
            "changes");

    private AuditCsv() {}

    static byte[] write(List<AuditLine> lines, Function<String, String> words, CentreTime time, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setHeader(COLUMNS.stream().map(c -> words.apply("audit.csv." + c)).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (AuditLine line : lines) {
                AuditEntry e = line.entry();
                String who = line.actorName() != null ? line.actorName()
                        : e.actorJob() != null ? words.apply("audit.actor.job." + e.actorJob()) : "";
                csv.printRecord(time.formatDateTime(e.at(), locale), who,
                        words.apply("audit.channel." + e.channel().toLowerCase(Locale.ROOT)),
                        words.apply("audit.action." + e.action()), e.objectType() + " " + e.objectId(),
                        line.subjectName() == null ? "" : line.subjectName(),
                        e.changes().stream().map(c -> words.apply("audit.field." + c.field()) + ": "
                                + (c.before() == null ? "—" : c.before()) + " → " + (c.after() == null ? "—" : c.after()))
                                .collect(Collectors.joining("; ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

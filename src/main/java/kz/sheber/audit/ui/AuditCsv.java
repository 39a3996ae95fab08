package kz.sheber.audit.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.sheber.audit.AuditEntry;
import kz.sheber.audit.AuditLine;
import kz.sheber.base.ExcelCsv;
import kz.sheber.base.time.CentreTime;

/** The filtered log as CSV for Excel ({@link ExcelCsv}), in the reader's language and the centre's time. */
final class AuditCsv {

    private static final List<String> COLUMNS =
            List.of("when", "who", "channel", "action", "object", "about", "changes");

    private AuditCsv() {}

    static byte[] write(List<AuditLine> lines, Function<String, String> words, CentreTime time, Locale locale) {
        return ExcelCsv.write(
                COLUMNS.stream().map(c -> words.apply("audit.csv." + c)).toList(), csv -> {
                    for (AuditLine line : lines) {
                        AuditEntry e = line.entry();
                        String who = line.actorName() != null
                                ? AuditLine.shown(line.actorName(), words)
                                : e.actorJob() != null ? words.apply("audit.actor.job." + e.actorJob()) : "";
                        csv.printRecord(
                                time.formatDateTime(e.at(), locale),
                                who,
                                words.apply("audit.channel." + e.channel().toLowerCase(Locale.ROOT)),
                                words.apply("audit.action." + e.action()),
                                e.objectType() + " " + e.objectId(),
                                line.subjectName() == null ? "" : AuditLine.shown(line.subjectName(), words),
                                e.changes().stream()
                                        .map(c -> words.apply("audit.field." + c.field()) + ": "
                                                + (c.before() == null ? "—" : c.before()) + " → "
                                                + (c.after() == null ? "—" : c.after()))
                                        .collect(Collectors.joining("; ")));
                    }
                });
    }
}

package kz.sheber.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kz.sheber.base.FieldChange;
import kz.sheber.catalogue.CatalogueChanged;
import kz.sheber.notification.MailSentAgain;
import kz.sheber.roster.AttendanceMarked;
import kz.sheber.roster.ClassMessageSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The catalogue staff keep, attendance marked at the door, messages written to a class, failed mail sent again. */
@Component
class CentreAudit {

    private static final String MARKED = "attendance.marked";
    private static final String UNDONE = "attendance.undone";
    private static final String MESSAGE_SENT = "class.message_sent";
    private static final String MAIL_SENT_AGAIN = "mail.sent_again";
    static final List<String> ACTIONS = Stream.concat(
                    Stream.of(MARKED, UNDONE, MESSAGE_SENT, MAIL_SENT_AGAIN),
                    Arrays.stream(CatalogueChanged.Kind.values())
                            .flatMap(kind -> Stream.of(true, false).map(created -> action(kind, created))))
            .toList();

    private final AuditRecorder recorder;

    CentreAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(CatalogueChanged changed) {
        recorder.entry(action(changed.kind(), changed.created()), changed.kind().name(), changed.id())
                .channel("DESK")
                .changes(changed.fields())
                .record();
    }

    @EventListener
    void on(AttendanceMarked marked) {
        recorder.entry(marked.after() == null ? UNDONE : MARKED, BookingAudit.BOOKING, marked.bookingReference())
                .channel("DOOR")
                .subject(marked.personId())
                .session(marked.sessionId())
                .changes(List.of(FieldChange.of("attendance", marked.before(), marked.after())))
                .record();
    }

    @EventListener
    void on(ClassMessageSent sent) {
        recorder.entry(MESSAGE_SENT, ScheduleAudit.SESSION, sent.sessionId())
                .session(sent.sessionId())
                .changes(List.of(FieldChange.of("recipients", null, sent.recipients())))
                .record();
    }

    /** The mail's kind, never its address or text: those belong to the outbox and leave with it. */
    @EventListener
    void on(MailSentAgain again) {
        recorder.entry(MAIL_SENT_AGAIN, "MAIL", again.mailId())
                .channel("DESK")
                .changes(List.of(FieldChange.of("template", null, again.template())))
                .record();
    }

    private static String action(CatalogueChanged.Kind kind, boolean created) {
        return kind.name().toLowerCase(Locale.ROOT) + (created ? ".created" : ".changed");
    }
}

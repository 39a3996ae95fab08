package kz.sheber.audit;

import java.util.List;
import java.util.Locale;
import kz.sheber.base.FieldChange;
import kz.sheber.catalogue.CatalogueChanged;
import kz.sheber.roster.AttendanceMarked;
import kz.sheber.roster.ClassMessageSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The catalogue staff keep, attendance marked at the door, and messages written to a class. */
@Component
class CentreAudit {

    private final AuditRecorder recorder;

    CentreAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(CatalogueChanged changed) {
        String kind = changed.kind().name().toLowerCase(Locale.ROOT);
        recorder.entry(kind + (changed.created() ? ".created" : ".changed"), changed.kind().name(), changed.id())
                .channel("DESK")
                .changes(changed.fields())
                .record();
    }

    @EventListener
    void on(AttendanceMarked marked) {
        recorder.entry(marked.after() == null ? "attendance.undone" : "attendance.marked", BookingAudit.BOOKING,
                        marked.bookingReference())
                .channel("DOOR")
                .subject(marked.personId())
                .session(marked.sessionId())
                .changes(List.of(FieldChange.of("attendance", marked.before(), marked.after())))
                .record();
    }

    @EventListener
    void on(ClassMessageSent sent) {
        recorder.entry("class.message_sent", ScheduleAudit.SESSION, sent.sessionId())
                .session(sent.sessionId())
                .changes(List.of(FieldChange.of("recipients", null, sent.recipients())))
                .record();
    }
}

package kz.sheber.audit;

import java.util.ArrayList;
import java.util.List;
import kz.sheber.base.FieldChange;
import kz.sheber.privacy.ConsentChannel;
import kz.sheber.privacy.ConsentGiven;
import kz.sheber.privacy.ConsentRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Consent to the privacy notice: given (online, at the desk, on an invitation) and refused. */
@Component
class ConsentAudit {

    private static final String GIVEN = "consent.given";
    private static final String REFUSED = "consent.refused";
    static final List<String> ACTIONS = List.of(GIVEN, REFUSED);

    private final AuditRecorder recorder;

    ConsentAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    /** At the desk the signed-in staff member is the actor; otherwise the person themselves. */
    @EventListener
    void on(ConsentGiven given) {
        List<FieldChange> fields = new ArrayList<>(List.of(
                FieldChange.of("noticeVersion", null, given.noticeVersion()),
                FieldChange.of("language", null, given.language())));
        AuditRecorder.Entry entry = recorder.entry(GIVEN, AccountAudit.PERSON, given.personId())
                .subject(given.personId())
                .changes(fields);
        if (given.channel() == ConsentChannel.DESK) {
            entry.channel("DESK");
        } else {
            entry.by(Actor.person(given.personId()));
        }
        entry.record();
    }

    @EventListener
    void on(ConsentRefused refused) {
        recorder.entry(REFUSED, AccountAudit.PERSON, refused.personId())
                .by(Actor.person(refused.personId()))
                .subject(refused.personId())
                .changes(List.of(FieldChange.of("noticeVersion", null, refused.noticeVersion())))
                .record();
    }
}

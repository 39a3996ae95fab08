package kz.sheber.audit;

import java.util.List;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.FieldChange;
import kz.sheber.privacy.PersonErased;
import kz.sheber.privacy.PersonalDataExported;
import kz.sheber.privacy.RetentionApplied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Personal data: a person's file made, a person erased, a day's retention applied. Counts and ids only; an erasure
 * also takes the addresses the person signed in from out of their sign-in entries.
 */
@Component
class PrivacyAudit {

    static final String DATA_EXPORTED = "privacy.data_exported";
    static final String PERSON_ERASED = "privacy.person_erased";
    static final String RETENTION_APPLIED = "privacy.retention_applied";
    static final List<String> ACTIONS = List.of(DATA_EXPORTED, PERSON_ERASED, RETENTION_APPLIED);

    private final AuditRecorder recorder;
    private final AuditLog log;

    PrivacyAudit(AuditRecorder recorder, AuditLog log) {
        this.recorder = recorder;
        this.log = log;
    }

    @EventListener
    void on(PersonalDataExported exported) {
        recorder.entry(DATA_EXPORTED, AccountAudit.PERSON, exported.personId())
                .subject(exported.personId())
                .channel(exported.byStaff() ? "DESK" : "ONLINE")
                .changes(List.of(FieldChange.of("records", null, exported.records())))
                .record();
    }

    @EventListener
    void on(PersonErased erased) {
        AuditRecorder.Entry entry = recorder.entry(PERSON_ERASED, AccountAudit.PERSON, erased.personId())
                .subject(erased.personId())
                .channel(erased.channel())
                .changes(List.of(
                        FieldChange.of("bookingsCancelled", null, erased.bookingsCancelled()),
                        FieldChange.of("waitingPlacesLeft", null, erased.waitingPlacesLeft()),
                        FieldChange.of("mailsDestroyed", null, erased.mailsDestroyed())));
        if ("SYSTEM".equals(erased.channel())) {
            entry.by(Actor.job(Actor.RETENTION));
        }
        entry.record();
        log.forgetSignInAddressesOf(erased.personId(), AccountAudit.SIGN_IN_ACTIONS); // in the erasure's transaction
    }

    @EventListener
    void on(RetentionApplied applied) {
        recorder.entry(RETENTION_APPLIED, "RETENTION", "daily")
                .channel("SYSTEM")
                .by(Actor.job(Actor.RETENTION))
                .changes(List.of(
                        FieldChange.of("residentsAnonymised", null, applied.residentsAnonymised()),
                        FieldChange.of("classMessagesEmptied", null, applied.classMessagesEmptied())))
                .record();
    }
}

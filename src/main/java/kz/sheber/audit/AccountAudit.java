package kz.sheber.audit;

import java.util.List;
import java.util.Locale;
import kz.sheber.account.AccountChanged;
import kz.sheber.account.SignInAttempted;
import kz.sheber.base.FieldChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to accounts: registration, verification, email and password changes, invitations, roles,
 * disabling, and sign-ins that worked, failed or were held back.
 */
@Component
class AccountAudit {

    static final String PERSON = "PERSON";

    private final AuditRecorder recorder;

    AccountAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    /** Online steps are the person's own (they may not be signed in yet: a link, a registration); staff's are staff's. */
    @EventListener
    void on(AccountChanged changed) {
        AuditRecorder.Entry entry = recorder.entry("account." + changed.step().name().toLowerCase(Locale.ROOT), PERSON,
                        changed.personId())
                .subject(changed.personId())
                .changes(changed.fields());
        if (changed.byStaff()) {
            entry.channel("DESK");
        } else {
            entry.by(Actor.person(changed.personId()));
        }
        entry.record();
    }

    /** Sign-in happens outside any transaction; its entry gets one of its own. */
    @EventListener
    @Transactional
    void on(SignInAttempted attempt) {
        if (attempt.personId() == null) {
            return; // an email of nobody's: counted in the metrics, but there is no account to record it against
        }
        AuditRecorder.Entry entry = switch (attempt.outcome()) {
            case SUCCEEDED -> recorder.entry("account.signed_in", PERSON, attempt.personId())
                    .by(Actor.person(attempt.personId()));
            case FAILED -> recorder.entry("account.sign_in_failed", PERSON, attempt.personId())
                    .by(Actor.job(Actor.SIGN_IN));
            case THROTTLED -> recorder.entry("account.sign_in_throttled", PERSON, attempt.personId())
                    .by(Actor.job(Actor.SIGN_IN_THROTTLE));
        };
        entry.subject(attempt.personId())
                .changes(List.of(FieldChange.of("address", null, attempt.address())))
                .record();
    }
}

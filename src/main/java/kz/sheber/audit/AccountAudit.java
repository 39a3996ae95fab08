package kz.sheber.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
    private static final String SIGNED_IN = "account.signed_in";
    private static final String SIGN_IN_FAILED = "account.sign_in_failed";
    private static final String SIGN_IN_THROTTLED = "account.sign_in_throttled";
    static final List<String> ACTIONS = Stream.concat(
                    Arrays.stream(AccountChanged.Step.values()).map(AccountAudit::action),
                    Stream.of(SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED))
            .toList();
    /** The entries that carry where someone signed in from, which erasure takes out. */
    static final List<String> SIGN_IN_ACTIONS = List.of(SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED);

    private final AuditRecorder recorder;

    AccountAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    /** Online steps are the person's own (they may not be signed in yet: a link, a registration). */
    @EventListener
    void on(AccountChanged changed) {
        AuditRecorder.Entry entry = recorder.entry(action(changed.step()), PERSON, changed.personId())
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
            case SUCCEEDED ->
                recorder.entry(SIGNED_IN, PERSON, attempt.personId()).by(Actor.person(attempt.personId()));
            case FAILED ->
                recorder.entry(SIGN_IN_FAILED, PERSON, attempt.personId()).by(Actor.job(Actor.SIGN_IN));
            case THROTTLED ->
                recorder.entry(SIGN_IN_THROTTLED, PERSON, attempt.personId()).by(Actor.job(Actor.SIGN_IN_THROTTLE));
        };
        entry.subject(attempt.personId())
                .changes(List.of(FieldChange.of("address", null, attempt.address())))
                .record();
    }

    private static String action(AccountChanged.Step step) {
        return "account." + step.name().toLowerCase(Locale.ROOT);
    }
}

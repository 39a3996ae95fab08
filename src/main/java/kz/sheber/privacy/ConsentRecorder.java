package kz.sheber.privacy;

import java.time.Clock;
import kz.sheber.account.NoticeAccepted;
import kz.sheber.privacy.domain.Consent;
import kz.sheber.privacy.domain.ConsentRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a consent against the version in force, inside the transaction that opened the account (MANDATORY): an
 * account cannot commit without its consent, nor a consent without its account.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ConsentRecorder {

    private final ConsentRepository consents;
    private final NoticeVersions versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentRecorder(
            ConsentRepository consents, NoticeVersions versions, ApplicationEventPublisher events, Clock clock) {
        this.consents = consents;
        this.versions = versions;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(NoticeAccepted accepted) {
        ConsentChannel channel = switch (accepted.how()) {
            case ONLINE -> ConsentChannel.ONLINE;
            case DESK -> ConsentChannel.DESK;
            case INVITATION -> ConsentChannel.INVITATION;
        };
        record(accepted.personId(), accepted.language(), channel, accepted.staffId());
    }

    void record(long personId, String language, ConsentChannel channel, @Nullable Long staffId) {
        long version = versions.current().getId();
        consents.save(new Consent(personId, version, language, clock.instant(), channel, staffId));
        events.publishEvent(new ConsentGiven(personId, version, language, channel, staffId));
    }
}

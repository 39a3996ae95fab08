package kz.sheber.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.notification.domain.MailStatus;
import kz.sheber.notification.domain.OutboxUpkeep;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail that did not go out, for staff: the list, how many gave up, and "send again". Nothing here deletes a mail;
 * a failed one stays until staff send it again.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class UndeliveredMailService {

    /** More than a page of stuck mail means the mail server is down; the newest ones are enough to see that. */
    public static final int SHOWN = 200;

    private final OutboxUpkeep upkeep;
    private final OutboxWorker worker;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UndeliveredMailService(OutboxUpkeep upkeep, OutboxWorker worker, Clock clock, ApplicationEventPublisher events) {
        this.upkeep = upkeep;
        this.worker = worker;
        this.clock = clock;
        this.events = events;
    }

    /** Failed mails and mails waiting to retry after a failure, newest first, at most {@link #SHOWN}. */
    @Transactional(readOnly = true)
    public List<UndeliveredMail> undelivered() {
        return upkeep.undelivered(SHOWN).stream()
                .map(m -> new UndeliveredMail(
                        m.id(),
                        m.createdAt(),
                        m.recipient(),
                        m.recipientName(),
                        m.template(),
                        m.subject(),
                        MailStatus.FAILED.name().equals(m.status()),
                        m.attempts(),
                        m.lastError(),
                        m.nextAttemptAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public long failedCount() {
        return upkeep.failedCount();
    }

    /**
     * Queues a failed mail again, due now with its attempts counted afresh; the worker sends it after commit. A mail
     * that is no longer failed (someone sent it again a moment ago) is refused with a message, not sent twice.
     */
    @Transactional
    public void sendAgain(long mailId) {
        if (!upkeep.requeueFailed(mailId, clock.instant())) {
            throw InvalidInput.form("notification.undelivered.notFailed");
        }
        events.publishEvent(new MailSentAgain(mailId, upkeep.templateOf(mailId).orElseThrow()));
        worker.sendAfterCommit();
    }
}

package kz.sheber.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.sheber.notification.domain.OutboxUpkeep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes SENT mail older than {@code sheber.mail.keep-sent}: its bodies are personal data nobody reads again.
 * Each batch is found by a plain read and deleted by id in its own short statement, so a cleanup never holds
 * locks that booking (which queues mail) or the worker waits on. Instances running it at once only find less to do.
 */
@Component
class SentMailCleanup {

    private static final Logger log = LoggerFactory.getLogger(SentMailCleanup.class);
    static final int BATCH = 500;

    private final OutboxUpkeep upkeep;
    private final MailSettings settings;
    private final Clock clock;

    SentMailCleanup(OutboxUpkeep upkeep, MailSettings settings, Clock clock) {
        this.upkeep = upkeep;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void hourly() {
        try {
            removeOldSentMail();
        } catch (RuntimeException e) {
            log.error("Old sent mail could not be deleted; the cleanup tries again in an hour", e);
        }
    }

    /** Deletes every SENT mail sent before the kept period, batch by batch; returns how many went. */
    int removeOldSentMail() {
        Instant cutoff = clock.instant().minus(settings.keepSent());
        int removed = 0;
        List<Long> batch;
        do {
            batch = upkeep.sentBefore(cutoff, BATCH);
            removed += upkeep.deleteSent(batch, cutoff);
        } while (batch.size() == BATCH);
        if (removed > 0) {
            log.info(
                    "Deleted {} mails sent before {} (sheber.mail.keep-sent={})", removed, cutoff, settings.keepSent());
        }
        return removed;
    }
}

package kz.sheber.privacy.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import kz.sheber.account.PersonErasure;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.DailyJobs;
import kz.sheber.booking.BookingService;
import kz.sheber.privacy.PrivacySettings;
import kz.sheber.privacy.RetentionApplied;
import kz.sheber.privacy.erasure.ErasureService;
import kz.sheber.roster.ClassMessageRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one instance, applies the retention settings: residents with no booking and no sign-in for
 * {@code sheber.privacy.anonymise-inactive-after} are erased (as staff would, so their figures stay), and class
 * messages older than {@code sheber.privacy.class-message-text-kept} lose their text. In batches, each person and
 * each batch of messages in its own short transaction; a second run the same day finds nothing left to do.
 */
@Component
class PrivacyRetention {

    private static final Logger log = LoggerFactory.getLogger(PrivacyRetention.class);
    static final int BATCH = 200;

    private final PersonErasure accounts;
    private final BookingService bookings;
    private final ErasureService erasure;
    private final ClassMessageRetention messages;
    private final DailyJobs jobs;
    private final PrivacySettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final Clock clock;

    PrivacyRetention(
            PersonErasure accounts,
            BookingService bookings,
            ErasureService erasure,
            ClassMessageRetention messages,
            DailyJobs jobs,
            PrivacySettings settings,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            SheberProperties properties,
            Clock clock) {
        this.accounts = accounts;
        this.bookings = bookings;
        this.erasure = erasure;
        this.messages = messages;
        this.jobs = jobs;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    @Scheduled(cron = "0 45 4 * * *", zone = "${sheber.time-zone:Asia/Almaty}")
    void daily() {
        if (jobs.claim("privacy-retention", LocalDate.now(clock.withZone(zone)))) {
            apply();
        }
    }

    /** Applies both rules now; returns what it did (also recorded in the audit trail and the log). */
    RetentionApplied apply() {
        RetentionApplied done = new RetentionApplied(anonymiseInactive(), emptyOldMessages());
        transaction.executeWithoutResult(status -> events.publishEvent(done));
        log.info(
                "Privacy retention: {} inactive residents anonymised, {} class messages emptied",
                done.residentsAnonymised(),
                done.classMessagesEmptied());
        return done;
    }

    private int anonymiseInactive() {
        Instant cutoff = before(settings.anonymiseInactiveAfter());
        int anonymised = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = accounts.dormantResidents(cutoff, after, BATCH);
            for (long personId : batch) {
                after = personId;
                boolean bookedSince = bookings.lastBookingActivityOf(personId)
                        .filter(at -> !at.isBefore(cutoff))
                        .isPresent();
                if (!bookedSince && erasure.eraseDormant(personId)) {
                    anonymised++;
                }
            }
        } while (batch.size() == BATCH);
        return anonymised;
    }

    private int emptyOldMessages() {
        Instant cutoff = before(settings.classMessageTextKept());
        int total = 0;
        int emptied;
        do {
            emptied = messages.destroyTextsSentBefore(cutoff, BATCH);
            total += emptied;
        } while (emptied == BATCH);
        return total;
    }

    private Instant before(Period period) {
        return LocalDate.now(clock.withZone(zone))
                .minus(period)
                .atStartOfDay(zone)
                .toInstant();
    }
}

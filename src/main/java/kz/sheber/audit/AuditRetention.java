package kz.sheber.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.DailyJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, on one instance, deletes entries older than {@code sheber.audit.keep}, a few thousand per short
 * transaction so the table is never locked for long. The only deletion the app makes in the trail.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final int BATCH = 5_000;

    private final AuditLog entries;
    private final DailyJobs jobs;
    private final AuditSettings settings;
    private final TransactionTemplate transaction;
    private final ZoneId zone;
    private final Clock clock;

    AuditRetention(
            AuditLog entries,
            DailyJobs jobs,
            AuditSettings settings,
            TransactionTemplate transaction,
            SheberProperties properties,
            Clock clock) {
        this.entries = entries;
        this.jobs = jobs;
        this.settings = settings;
        this.transaction = transaction;
        this.zone = properties.timeZone();
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 4 * * *", zone = "${sheber.time-zone:Asia/Almaty}")
    void daily() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (jobs.claim("audit-retention", today)) {
            int removed = removeOld();
            log.info("Audit retention: removed {} entries older than {}", removed, settings.keep());
        }
    }

    /** Removes every entry older than the retention period; returns how many. */
    int removeOld() {
        var before = LocalDate.now(clock.withZone(zone))
                .minus(settings.keep())
                .atStartOfDay(zone)
                .toInstant();
        int total = 0;
        int removed;
        do {
            removed = transaction.execute(status -> entries.deleteOlderThan(before, BATCH));
            total += removed;
        } while (removed == BATCH);
        return total;
    }
}

package kz.sheber.backup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.sheber.base.SheberProperties;
import kz.sheber.base.db.DailyJobs;
import kz.sheber.base.db.EmbeddedMariaDb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes backups of the embedded database, one at a time: on the schedule (claimed for the day first, so it runs
 * once however many instances start it) or when an admin asks. Keeps the newest {@code sheber.backup.keep}; a
 * failure is logged, counted and remembered for the admin page. With an external database it does nothing.
 */
@Component
class BackupRunner {

    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);
    static final String JOB = "backup";

    private final Optional<EmbeddedMariaDb> db;
    private final BackupFiles files;
    private final BackupSettings settings;
    private final DailyJobs jobs;
    private final Clock clock;
    private final ZoneId zone;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Counter failures;
    private volatile Optional<BackupFailure> lastFailure = Optional.empty();

    BackupRunner(
            ObjectProvider<EmbeddedMariaDb> db,
            BackupSettings settings,
            SheberProperties properties,
            DailyJobs jobs,
            Clock clock,
            MeterRegistry registry) {
        this.db = Optional.ofNullable(db.getIfAvailable());
        this.files = new BackupFiles(settings.directoryIn(properties));
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.failures = Counter.builder("sheber.backup.failures")
                .description("Backups that did not complete")
                .register(registry);
        if (this.db.isPresent()) {
            // From the newest verified file on disk, so it survives a restart and a file gone bad does not count
            Gauge.builder("sheber.backup.last.success.timestamp", files, BackupRunner::newestVerifiedSeconds)
                    .description("When the newest verified backup was taken (Unix time); 0 when there is none")
                    .baseUnit("seconds")
                    .register(registry);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhoBacksUp() {
        if (db.isEmpty()) {
            log.info("The database is external (spring.datasource.url): Sheber takes no backups; back it up with"
                    + " mariadb-dump --single-transaction or mariadb-backup (see the README)");
        } else {
            log.info(
                    "Backups go to {} on the schedule '{}' ({}); the newest {} are kept",
                    files.directory(),
                    settings.schedule(),
                    zone,
                    settings.keep());
        }
    }

    @Scheduled(cron = "${sheber.backup.schedule:0 0 3 * * *}", zone = "${sheber.time-zone:Asia/Almaty}")
    void daily() {
        if (db.isPresent() && jobs.claim(JOB, LocalDate.now(clock.withZone(zone)))) {
            if (!running.compareAndSet(false, true)) {
                log.info("The scheduled backup is skipped: one is under way");
                return;
            }
            try {
                takeOne();
            } finally {
                running.set(false);
            }
        }
    }

    /** Starts a backup on its own thread; false when one is already under way (or there is no embedded database). */
    boolean startNow() {
        if (db.isEmpty() || !running.compareAndSet(false, true)) {
            return false;
        }
        Thread.ofVirtual().name("sheber-backup").start(() -> {
            try {
                takeOne();
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    boolean isRunning() {
        return running.get();
    }

    boolean isEmbedded() {
        return db.isPresent();
    }

    BackupFiles files() {
        return files;
    }

    Optional<BackupFailure> lastFailure() {
        return lastFailure;
    }

    private void takeOne() {
        Instant started = clock.instant();
        try {
            Path file = DatabaseDump.into(files, db.orElseThrow(), started);
            int removed = files.keepNewest(settings.keep());
            lastFailure = Optional.empty();
            log.info("Backup {} written ({} bytes); {} older removed", file, Files.size(file), removed);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures.increment();
            lastFailure = Optional.of(new BackupFailure(started, String.valueOf(e.getMessage())));
            log.error("The backup into {} failed", files.directory(), e);
        }
    }

    private static double newestVerifiedSeconds(BackupFiles files) {
        return files.list().stream()
                .filter(Backup::verified)
                .findFirst()
                .map(b -> (double) b.takenAt().getEpochSecond())
                .orElse(0.0);
    }
}

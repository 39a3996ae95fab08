package kz.sheber.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.db.DailyJobs;
import kz.sheber.support.SheberTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SheberTest
class AuditRetentionTest {

    @Autowired
    AuditRetention retention;

    @Autowired
    AuditLog log;

    @Autowired
    DailyJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Test
    void entries_past_the_retention_go_in_batches_and_the_rest_stay_untouched_however_often_it_runs() {
        String marker = "retention-" + System.nanoTime();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < AuditRetention.BATCH + 7; i++) {
                insert(marker, now.minus(Duration.ofDays(800)));
            }
            insert(marker, now.minus(Duration.ofDays(300)));
        });

        int removed = retention.removeOld();
        int again = retention.removeOld();

        assertThat(removed).isGreaterThanOrEqualTo(AuditRetention.BATCH + 7);
        assertThat(again).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_id = ?")
                        .param(marker)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_daily_job_is_claimed_once_per_day_however_many_instances_ask() {
        String job = "test-" + System.nanoTime();
        LocalDate day = LocalDate.of(2026, 12, 1);

        List<Boolean> claims = List.of(jobs.claim(job, day), jobs.claim(job, day), jobs.claim(job, day.plusDays(1)));

        assertThat(claims).containsExactly(true, false, true);
    }

    private void insert(String marker, Instant at) {
        log.insert(new AuditLog.NewEntry(
                at, null, "system", "SYSTEM", "session.planned", "SESSION", marker, null, null, List.of()));
    }
}

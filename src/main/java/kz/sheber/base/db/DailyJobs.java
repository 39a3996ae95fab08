package kz.sheber.base.db;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a daily job run once per day however many instances share the database: each claims the day with an
 * INSERT that only one can win, committed on its own before the job does anything (also on Galera, where two
 * nodes' claims meet at COMMIT and only one commits).
 */
@Component
public class DailyJobs {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate alone;

    DailyJobs(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** True for the one caller that gets to run {@code job} for {@code day}; false for every other. */
    public boolean claim(String job, LocalDate day) {
        try {
            return Boolean.TRUE.equals(alone.execute(
                    status -> jdbc.sql("INSERT INTO daily_job_run (job, run_date, claimed_at) VALUES (:job, :day, :at)")
                                    .param("job", job)
                                    .param("day", day)
                                    .param("at", UtcColumns.utc(clock.instant()))
                                    .update()
                            == 1));
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        } catch (RuntimeException e) {
            // On Galera the same claim from another node reaches this one as a conflict at COMMIT: that one won
            if (ConflictRetry.isConflict(e)) {
                return false;
            }
            throw e;
        }
    }
}

package kz.sheber.base.db;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a daily job run once per day however many instances share the database: each claims the day with an
 * INSERT that only one can win, committed on its own before the job does anything.
 */
@Component
public class DailyJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    DailyJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True for the one caller that gets to run {@code job} for {@code day}; false for every other. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        try {
            return jdbc.sql("INSERT INTO daily_job_run (job, run_date, claimed_at) VALUES (:job, :day, :at)")
                    .param("job", job).param("day", day).param("at", UtcColumns.utc(clock.instant()))
                    .update() == 1;
        } catch (DuplicateKeyException alreadyClaimed) {
            return false;
        }
    }
}

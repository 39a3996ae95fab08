package kz.sheber.course.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The course's lock row, taken first by every enrolment, leave, miss and promotion of the course. One statement
 * makes the row if it is not there yet and takes its write lock either way (a plain INSERT IGNORE would take a
 * shared lock first and deadlock two enrolments upgrading it).
 */
@Component
public class CourseLocks {

    private final JdbcClient jdbc;

    CourseLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(long seriesId) {
        jdbc.sql("INSERT INTO course_lock (series_id) VALUES (?) ON DUPLICATE KEY UPDATE series_id = series_id")
                .param(seriesId)
                .update();
    }
}

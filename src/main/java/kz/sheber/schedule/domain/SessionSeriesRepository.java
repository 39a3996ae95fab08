package kz.sheber.schedule.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {

    /** Courses with a date starting after {@code after}, soonest first date first. */
    @Query(value = """
            SELECT ss.id FROM session_series ss
            WHERE ss.course AND EXISTS (SELECT 1 FROM workshop_session s WHERE s.series_id = ss.id
                                         AND s.status = 'SCHEDULED' AND s.starts_at > :after)
            ORDER BY ss.first_date, ss.id""", nativeQuery = true)
    List<Long> runningCourses(Instant after);

    /** 1 when the session is a date of a course whose single dates cannot be booked on their own, else 0. */
    @Query(value = """
            SELECT COUNT(*) FROM workshop_session s JOIN session_series ss ON ss.id = s.series_id
            WHERE s.id = :sessionId AND ss.course AND NOT ss.drop_in""", nativeQuery = true)
    int courseOnly(long sessionId);
}

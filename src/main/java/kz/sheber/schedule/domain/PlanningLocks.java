package kz.sheber.schedule.domain;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serialises planning per room and per instructor until the planning transaction ends, so the clash check and
 * the insert that follows it cannot interleave with another planner's. Locks are taken in one order (sorted)
 * so two planners never deadlock on each other.
 */
@Repository
public class PlanningLocks {

    private final JdbcClient jdbc;

    PlanningLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long roomId, long instructorId) {
        List<String> resources = Stream.of("room:" + roomId, "instructor:" + instructorId)
                .sorted()
                .toList();
        jdbc.sql("INSERT IGNORE INTO schedule_lock (resource) VALUES (?), (?)")
                .params(resources)
                .update();
        jdbc.sql("SELECT resource FROM schedule_lock WHERE resource IN (?, ?) ORDER BY resource FOR UPDATE")
                .params(resources)
                .query(String.class)
                .list();
    }
}

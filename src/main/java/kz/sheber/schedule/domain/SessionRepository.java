package kz.sheber.schedule.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<Session, Long> {

    /** Locks the row, so a booking cannot take a seat between our capacity check and our save. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT s FROM Session s WHERE s.id = :id")
    Optional<Session> findForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            SELECT s FROM Session s WHERE s.seriesId = :seriesId AND s.startsAt > :after AND s.status = :status
            ORDER BY s.startsAt""")
    List<Session> laterInSeriesForUpdate(long seriesId, Instant after, SessionStatus status);

    /** Scheduled sessions in the room that overlap [start, end); touching ends do not overlap. */
    // A locking read: it sees sessions committed after this transaction began (see PlanningLocks)
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("""
            SELECT s FROM Session s
            WHERE s.roomId = :roomId AND s.status = :status AND s.startsAt < :end AND s.endsAt > :start
              AND s.startsAt > :earliest AND s.id <> :self
            ORDER BY s.startsAt""")
    List<Session> overlappingInRoom(
            long roomId, Instant start, Instant end, Instant earliest, long self, SessionStatus status, Limit limit);

    // A locking read: it sees sessions committed after this transaction began (see PlanningLocks)
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("""
            SELECT s FROM Session s
            WHERE s.instructorId = :instructorId AND s.status = :status AND s.startsAt < :end AND s.endsAt > :start
              AND s.startsAt > :earliest AND s.id <> :self
            ORDER BY s.startsAt""")
    List<Session> overlappingForInstructor(
            long instructorId,
            Instant start,
            Instant end,
            Instant earliest,
            long self,
            SessionStatus status,
            Limit limit);
}

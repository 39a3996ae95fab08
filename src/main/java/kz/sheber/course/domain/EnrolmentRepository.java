package kz.sheber.course.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    /** Locking reads: they see what the previous holder of the course's lock committed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.personId = :personId AND e.status IN ('ACTIVE', 'WAITING')")
    Optional<Enrolment> liveLocked(long seriesId, long personId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status = 'WAITING' ORDER BY e.arrival")
    List<Enrolment> waitingLocked(long seriesId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status IN ('ACTIVE', 'WAITING') ORDER BY e.arrival")
    List<Enrolment> liveInLocked(long seriesId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT e FROM Enrolment e WHERE e.id = :id")
    Optional<Enrolment> findLocked(long id);

    @Query(
            "SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.personId = :personId AND e.status IN ('ACTIVE', 'WAITING')")
    Optional<Enrolment> live(long seriesId, long personId);

    @Query("SELECT COALESCE(SUM(e.seats), 0) FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status = 'ACTIVE'")
    int enrolledSeats(long seriesId);

    @Query(
            "SELECT COUNT(e) + 1 FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status = 'WAITING' AND e.arrival < :arrival")
    int placeInLine(long seriesId, int arrival);

    @Query("SELECT COALESCE(MAX(e.arrival), 0) + 1 FROM Enrolment e WHERE e.seriesId = :seriesId")
    int nextArrival(long seriesId);

    @Query("SELECT e FROM Enrolment e WHERE e.personId = :personId ORDER BY e.createdAt DESC")
    List<Enrolment> ofPerson(long personId);

    @Query(
            "SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status IN ('ACTIVE', 'WAITING') ORDER BY e.arrival")
    List<Enrolment> liveIn(long seriesId);

    @Query("SELECT e FROM Enrolment e WHERE e.seriesId = :seriesId AND e.status <> 'WAITING' ORDER BY e.arrival")
    List<Enrolment> everEnrolledIn(long seriesId);
}

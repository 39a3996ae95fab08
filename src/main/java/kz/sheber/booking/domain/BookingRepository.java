package kz.sheber.booking.domain;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    @Query(
            "SELECT b FROM Booking b WHERE b.sessionId = :sessionId AND b.personId = :personId AND b.status <> 'CANCELLED'")
    Optional<Booking> findActive(long sessionId, long personId);

    @Query("SELECT b FROM Booking b WHERE b.sessionId = :sessionId AND b.status = 'WAITING' ORDER BY b.arrival")
    List<Booking> waitingList(long sessionId);

    @Query(
            "SELECT COUNT(b) + 1 FROM Booking b WHERE b.sessionId = :sessionId AND b.status = 'WAITING' AND b.arrival < :arrival")
    int placeInLine(long sessionId, int arrival);

    @Query("SELECT b FROM Booking b WHERE b.personId = :personId ORDER BY b.createdAt DESC")
    List<Booking> ofPerson(long personId);

    @Query("SELECT b FROM Booking b WHERE b.sessionId = :sessionId ORDER BY b.arrival")
    List<Booking> inSession(long sessionId);

    /** Sessions started in [from, to) where the person held seats: one join, for attendance histories. */
    @Query(value = """
            SELECT COUNT(*) FROM booking b JOIN workshop_session s ON s.id = b.session_id
            WHERE b.person_id = :personId AND b.status = 'CONFIRMED' AND s.starts_at >= :from AND s.starts_at < :to""", nativeQuery = true)
    int confirmedBetween(long personId, Instant from, Instant to);

    /** How many are waiting in each of the sessions (staff's lists): one grouped read for a whole list of classes. */
    @Query(value = """
            SELECT b.session_id, COUNT(*) FROM booking b
            WHERE b.status = 'WAITING' AND b.session_id IN (:sessionIds)
            GROUP BY b.session_id""", nativeQuery = true)
    List<Object[]> waitingCounts(Collection<Long> sessionIds);

    /** {@link #waitingCounts}, counting only the sessions this instructor teaches (an instructor's lists). */
    @Query(value = """
            SELECT b.session_id, COUNT(*) FROM booking b JOIN workshop_session s ON s.id = b.session_id
            WHERE b.status = 'WAITING' AND b.session_id IN (:sessionIds) AND s.instructor_id = :instructorId
            GROUP BY b.session_id""", nativeQuery = true)
    List<Object[]> waitingCountsTaughtBy(Collection<Long> sessionIds, long instructorId);

    /** The latest of the person's bookings made and sessions booked (any state): one read, for retention. */
    @Query(value = """
            SELECT MAX(GREATEST(b.created_at, s.starts_at))
            FROM booking b JOIN workshop_session s ON s.id = b.session_id
            WHERE b.person_id = :personId""", nativeQuery = true)
    @Nullable
    LocalDateTime lastActivity(long personId);

    @Query("SELECT b.sessionId FROM Booking b WHERE b.id = :id")
    Optional<Long> sessionOf(long id);

    /** Locking reads see the latest committed rows whatever the transaction's isolation (the schedule's events). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM Booking b WHERE b.id = :id")
    Optional<Booking> findLocked(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM Booking b WHERE b.sessionId = :sessionId AND b.status = 'WAITING' ORDER BY b.arrival")
    List<Booking> waitingListLocked(long sessionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("SELECT b FROM Booking b WHERE b.sessionId = :sessionId AND b.status <> 'CANCELLED' ORDER BY b.arrival")
    List<Booking> activeLocked(long sessionId);

    /** A course enrolment's live booking on one date. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "SELECT b FROM Booking b WHERE b.courseEnrolmentId = :enrolmentId AND b.sessionId = :sessionId AND b.status <> 'CANCELLED'")
    Optional<Booking> courseDateLocked(long enrolmentId, long sessionId);

    @Query("SELECT b FROM Booking b WHERE b.courseEnrolmentId = :enrolmentId ORDER BY b.sessionId, b.id")
    List<Booking> ofEnrolment(long enrolmentId);

    @Query("SELECT b FROM Booking b WHERE b.courseEnrolmentId IN (:enrolmentIds) ORDER BY b.sessionId, b.id")
    List<Booking> ofEnrolments(Collection<Long> enrolmentIds);
}

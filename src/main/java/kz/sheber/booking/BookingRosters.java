package kz.sheber.booking;

import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Roles;
import kz.sheber.booking.domain.BookingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the roster feature reads of bookings: a session's bookings, waiting counts for lists of classes and how
 * often a person booked. Which instructor may read which session's roster is the roster feature's decision;
 * these only keep an instructor to the sessions they teach.
 */
@Service
public class BookingRosters {

    private final BookingRepository bookings;
    private final Seats seats;
    private final TaughtSessions taught;
    private final ResidentDirectory residents;

    BookingRosters(BookingRepository bookings, Seats seats, TaughtSessions taught, ResidentDirectory residents) {
        this.bookings = bookings;
        this.seats = seats;
        this.taught = taught;
        this.residents = residents;
    }

    /** Every booking of a session in arrival order, cancelled ones too. */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionBooking> bookingsIn(long sessionId) {
        taught.requireTeachesOrStaff(sessionId);
        return bookings.inSession(sessionId).stream()
                .map(b -> new SessionBooking(
                        b.getId(),
                        b.getReference(),
                        b.getPersonId(),
                        b.getSeats(),
                        BookingState.valueOf(b.getStatus().name()),
                        b.getCreatedAt(),
                        b.isLateCancel(),
                        seats.placeInLine(b),
                        b.getCourseEnrolmentId() != null))
                .toList();
    }

    /**
     * How many are on each session's waiting list, for lists of classes: an instructor's counts cover only sessions
     * they teach (others read as 0), staff's cover all. Sessions nobody waits for are 0.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Map<Long, Integer> waitingCounts(Collection<Long> sessionIds) {
        Map<Long, Integer> counts = new HashMap<>();
        sessionIds.forEach(id -> counts.put(id, 0));
        if (!sessionIds.isEmpty()) {
            List<Object[]> rows = residents.signedInIsStaff()
                    ? bookings.waitingCounts(sessionIds)
                    : bookings.waitingCountsTaughtBy(sessionIds, residents.requireSignedInId());
            rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /** How many sessions starting in [from, to) a person held seats in, for staff reading attendance histories. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int sessionsBookedBetween(long personId, Instant from, Instant to) {
        return bookings.confirmedBetween(personId, from, to);
    }
}

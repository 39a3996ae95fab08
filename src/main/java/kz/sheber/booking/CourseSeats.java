package kz.sheber.booking;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
import kz.sheber.base.InvalidInput;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.CancelledBy;
import kz.sheber.booking.domain.SeatLedger;
import kz.sheber.booking.domain.SeatLedger.Arriving;
import kz.sheber.notification.MailAttachment;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of a course's dates, for the course feature: it locks its course, then through {@link #lock} the
 * dates' session rows in id order (the one order every booking change follows), then takes or frees seats on
 * all of them in the same transaction. Each date's seats are an ordinary confirmed booking marked with the
 * enrolment, so rosters, reminders, the private calendar and the schedule's changes treat them as today. Who may
 * enrol whom is the course feature's decision; these methods only run inside its transaction.
 */
@Service
@PermitAll
public class CourseSeats {

    /** A date as the locking transaction sees it: whether it is on, when it starts and seats left. */
    public record DateSeats(long sessionId, boolean scheduled, Instant startsAt, int seatsLeft) {}

    /** One date of an enrolment: its booking's reference (the calendar UID) and whether the seat is held. */
    public record CourseDate(
            long sessionId,
            long bookingId,
            String reference,
            boolean held,
            boolean missedByNotice,
            boolean cancelledByCentre) {}

    private final LockRetry retry;
    private final SeatLedger ledger;
    private final BookingRepository bookings;
    private final Seats seats;
    private final BookingMails mails;
    private final BookingInvites invites;
    private final TimetableService schedule;
    private final ResidentDirectory residents;
    private final Clock clock;

    CourseSeats(
            LockRetry retry,
            SeatLedger ledger,
            BookingRepository bookings,
            Seats seats,
            BookingMails mails,
            BookingInvites invites,
            TimetableService schedule,
            ResidentDirectory residents,
            Clock clock) {
        this.residents = residents;
        this.retry = retry;
        this.ledger = ledger;
        this.bookings = bookings;
        this.seats = seats;
        this.mails = mails;
        this.invites = invites;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Runs a course change in booking's own kind of transaction (READ COMMITTED, run again after a deadlock or
     * lock timeout). A person who already holds a booking on one of the dates is told so, and nothing changes.
     */
    public <T> T transaction(Supplier<T> work) {
        try {
            return retry.run(work);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMessage()).contains("uq_booking_one_per_person")) {
                throw InvalidInput.form("course.bookedDateAlready");
            }
            throw e;
        }
    }

    /** Locks the dates' session rows in id order and says how each stands. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<DateSeats> lock(Collection<Long> sessionIds) {
        return sessionIds.stream()
                .distinct()
                .sorted()
                .map(id -> ledger.lock(id).orElseThrow())
                .map(s -> new DateSeats(s.id(), s.scheduled(), s.startsAt(), s.seatsLeft()))
                .toList();
    }

    /**
     * Takes {@code seatCount} seats on every one of the (locked) dates, or none: a date that has not enough
     * left gives back what was taken on the others, and the answer is false.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(long enrolmentId, long personId, int seatCount, List<Long> sessionIds, Actor by) {
        List<Long> ordered = sessionIds.stream().distinct().sorted().toList();
        List<Long> taken = new ArrayList<>();
        for (long sessionId : ordered) {
            if (!ledger.take(sessionId, seatCount)) {
                taken.forEach(id -> ledger.giveBack(id, seatCount));
                return false;
            }
            taken.add(sessionId);
        }
        for (long sessionId : ordered) {
            Arriving arriving = ledger.lockForArrival(sessionId).orElseThrow();
            bookings.save(Booking.forCourse(
                    References.next(),
                    sessionId,
                    personId,
                    seatCount,
                    arriving.nextArrival(),
                    clock.instant(),
                    by.bookedBy(),
                    enrolmentId));
        }
        bookings.flush();
        return true;
    }

    /**
     * Frees the enrolment's seats on the (locked) dates: {@code missed} when the participant will miss that date
     * (the course place stays). Each freed seat goes to the date's waiting list of drop-ins, if it has one.
     * Returns how many dates were freed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(long enrolmentId, Collection<Long> sessionIds, boolean missed, boolean byStaff) {
        int freed = 0;
        CancelledBy by = byStaff ? CancelledBy.STAFF : CancelledBy.RESIDENT;
        for (long sessionId : sessionIds.stream().distinct().sorted().toList()) {
            SeatLedger.LockedSession session = ledger.lock(sessionId).orElseThrow();
            Booking booking = bookings.courseDateLocked(enrolmentId, sessionId).orElse(null);
            if (booking == null) {
                continue;
            }
            if (missed) {
                booking.missByNotice(clock.instant(), by);
            } else {
                booking.cancel(clock.instant(), by, false);
            }
            bookings.saveAndFlush(booking);
            ledger.giveBack(sessionId, booking.getSeats());
            Optional<SessionCard> card = Optional.empty();
            if (missed) {
                card = Optional.of(schedule.card(sessionId).orElseThrow());
                mails.send(
                        booking,
                        card.get(),
                        residents.contact(booking.getPersonId()),
                        BookingMails.Kind.BOOKING_CANCELLED,
                        Map.of("late", "no"));
            }
            seats.promote(session, card);
            freed++;
        }
        return freed;
    }

    /** The enrolment's dates that have a booking, held or not, in session order. */
    @Transactional(readOnly = true)
    public List<CourseDate> dates(long enrolmentId) {
        return bookings.ofEnrolment(enrolmentId).stream().map(CourseSeats::date).toList();
    }

    /** The dates of many enrolments at once (a course's participant list), in session order. */
    @Transactional(readOnly = true)
    public Map<Long, List<CourseDate>> dates(Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CourseDate>> byEnrolment = new HashMap<>();
        for (Booking b : bookings.ofEnrolments(enrolmentIds)) {
            byEnrolment
                    .computeIfAbsent(b.getCourseEnrolmentId(), k -> new ArrayList<>())
                    .add(date(b));
        }
        return byEnrolment;
    }

    /**
     * A calendar file with one event per date the enrolment holds or held (each with its own UID and SEQUENCE),
     * for the course's confirmation and leaving mails.
     */
    @Transactional(readOnly = true)
    public MailAttachment invite(long enrolmentId, Locale language) {
        List<BookingInvites.Event> events = new ArrayList<>();
        boolean allEnded = true;
        for (Booking b : bookings.ofEnrolment(enrolmentId)) {
            SessionCard card = schedule.card(b.getSessionId()).orElseThrow();
            BookingInvites.Event event = BookingMails.event(b, card, language);
            allEnded &= event.cancelled();
            events.add(event);
        }
        return new MailAttachment(
                "course.ics",
                "text/calendar; charset=UTF-8; method=" + (allEnded ? "CANCEL" : "REQUEST"),
                invites.calendar(
                        events,
                        allEnded ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                        language,
                        clock.instant()));
    }

    private static CourseDate date(Booking b) {
        return new CourseDate(
                b.getSessionId(),
                b.getId(),
                b.getReference(),
                b.isActive(),
                b.isMissedByNotice(),
                b.getCancelledBy() == CancelledBy.CENTRE);
    }
}

package kz.sheber.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.sheber.base.InvalidInput;
import kz.sheber.booking.BookingChanged.Channel;
import kz.sheber.booking.BookingChanged.Step;
import kz.sheber.booking.BookingMails.Kind;
import kz.sheber.booking.SeatOffer.Availability;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.BookingStatus;
import kz.sheber.booking.domain.CancelledBy;
import kz.sheber.booking.domain.SeatLedger;
import kz.sheber.booking.domain.SeatLedger.Arriving;
import kz.sheber.booking.domain.SeatLedger.LockedSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking rules, each run inside a caller's transaction and under the session's row lock, so one session's
 * bookings, cancellations and promotions happen one after another on every app instance. Freed seats go to the
 * waiting list in the same transaction, before the lock is let go.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Seats {

    private final SeatLedger ledger;
    private final BookingRepository bookings;
    private final BookingMails mails;
    private final BookingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final kz.sheber.schedule.ScheduleService schedule;

    Seats(SeatLedger ledger, BookingRepository bookings, BookingMails mails, BookingSettings settings,
            ApplicationEventPublisher events, Clock clock, kz.sheber.schedule.ScheduleService schedule) {
        this.schedule = schedule;
        this.ledger = ledger;
        this.bookings = bookings;
        this.mails = mails;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    Booking book(long personId, BookingRequest request, @Nullable Long bookedBy) {
        checkSeatCount(request.seats());
        Arriving arriving = ledger.lockForArrival(request.sessionId())
                .orElseThrow(() -> InvalidInput.form("booking.session.gone"));
        LockedSession session = arriving.session();
        if (request.sessionVersion() != null && request.sessionVersion() != session.version()) {
            throw InvalidInput.form("booking.session.changedMeanwhile");
        }
        requireOpen(session);
        if (!AttemptReads.read(new AttemptReads.DropIn(session.id()), () -> schedule.dropInAllowed(session.id()))) {
            throw InvalidInput.form("booking.courseOnly");
        }
        // A second live booking for the same person breaks uq_booking_one_per_person at the INSERT, which rolls
        // the seats back too; BookingService tells the person they already have one. No read needed first.
        Booking booking = new Booking(References.next(), session.id(), personId, request.seats(),
                arriving.nextArrival(), clock.instant(), bookedBy);
        if (ledger.take(session.id(), request.seats())) {
            booking.confirm(clock.instant());
            bookings.saveAndFlush(booking);
            mails.send(booking, Kind.BOOKING_CONFIRMED, Map.of());
            changed(booking, Step.BOOKED, 0, bookedBy == null ? Channel.ONLINE : Channel.DESK, false);
        } else if (request.joinWaitingListIfFull()) {
            bookings.saveAndFlush(booking);
            // Last in line; the answer to the caller shows the same place (nothing changes in this attempt after it)
            int place = AttemptReads.read(new AttemptReads.Place(booking.getId()), () -> arriving.waiting() + 1);
            mails.send(booking, Kind.WAITLIST_JOINED, Map.of("place", place));
            changed(booking, Step.JOINED_WAITING_LIST, 0, bookedBy == null ? Channel.ONLINE : Channel.DESK, false);
        } else if (bookings.findActive(session.id(), personId).isPresent()) {
            throw InvalidInput.form("booking.already"); // a second click after the first took the last seat
        } else {
            throw InvalidInput.field("seats", session.seatsLeft() == 0 ? "booking.full" : "booking.notEnoughSeats");
        }
        return booking;
    }

    /**
     * Someone at the door of a session that has started or is about to: booked only into free seats (a walk-in
     * never joins the waiting list), counted against capacity under the same row lock as any booking.
     */
    Booking walkIn(long personId, long sessionId, int seats, long bookedBy, Instant doorOpens, Instant doorCloses) {
        checkSeatCount(seats);
        Arriving arriving = ledger.lockForArrival(sessionId).orElseThrow(() -> InvalidInput.form("booking.session.gone"));
        LockedSession session = arriving.session();
        if (!session.scheduled()) {
            throw InvalidInput.form("booking.session.cancelled");
        }
        Instant now = clock.instant();
        if (now.isBefore(doorOpens) || !now.isBefore(doorCloses)) {
            throw InvalidInput.form("booking.walkIn.notNow");
        }
        if (!ledger.take(session.id(), seats)) {
            throw InvalidInput.field("seats", session.seatsLeft() == 0 ? "booking.full" : "booking.notEnoughSeats");
        }
        Booking booking = new Booking(References.next(), session.id(), personId, seats, arriving.nextArrival(), now,
                bookedBy);
        booking.confirm(now);
        bookings.saveAndFlush(booking);
        changed(booking, Step.WALKED_IN, 0, Channel.DOOR, false);
        return booking;
    }

    Booking changeSeats(long bookingId, int seats, @Nullable Long personId) {
        checkSeatCount(seats);
        Locked locked = lockBooking(bookingId, personId);
        Booking booking = locked.booking();
        if (!booking.isActive()) {
            throw InvalidInput.form("booking.cancelled");
        }
        notACourseDate(booking);
        requireOpen(locked.session());
        int delta = seats - booking.getSeats();
        if (delta == 0) {
            return booking;
        }
        if (booking.getStatus() == BookingStatus.CONFIRMED) {
            if (delta > 0 && !ledger.take(booking.getSessionId(), delta)) {
                throw InvalidInput.field("seats", "booking.notEnoughSeats");
            }
            if (delta < 0) {
                ledger.giveBack(booking.getSessionId(), -delta);
            }
        }
        booking.changeSeats(seats);
        bookings.saveAndFlush(booking);
        if (booking.getStatus() == BookingStatus.CONFIRMED) {
            mails.send(booking, Kind.SEATS_CHANGED, Map.of());
        }
        changed(booking, Step.SEATS_CHANGED, seats - delta, channelOf(personId), false);
        promote(locked.session());
        return booking;
    }

    /** A resident (or staff for them) cancels a booking or leaves the waiting list; the freed seats move on at once. */
    Booking cancel(long bookingId, @Nullable Long personId, CancelledBy by) {
        Locked locked = lockBooking(bookingId, personId);
        Booking booking = locked.booking();
        if (!booking.isActive()) {
            throw InvalidInput.form("booking.cancelled");
        }
        notACourseDate(booking);
        Instant now = clock.instant();
        if (!locked.session().startsAt().isAfter(now)) {
            throw InvalidInput.form("booking.started");
        }
        boolean held = booking.getStatus() == BookingStatus.CONFIRMED;
        boolean late = held && now.isAfter(locked.session().startsAt().minus(settings.cancelCutoff()));
        booking.cancel(now, by, late);
        bookings.saveAndFlush(booking);
        if (held) {
            ledger.giveBack(booking.getSessionId(), booking.getSeats());
            mails.send(booking, Kind.BOOKING_CANCELLED, Map.of("late", late ? "yes" : "no"));
        }
        changed(booking, held ? Step.CANCELLED : Step.LEFT_WAITING_LIST, booking.getSeats(), channelOf(personId), late);
        promote(locked.session());
        return booking;
    }

    /**
     * Moves waiting entries into the class, earliest first, each only if its whole group fits; one that does not
     * fit keeps its place and later, smaller ones may go ahead. Stops at the booking cut-off.
     */
    void promote(LockedSession session) {
        if (!session.scheduled() || !clock.instant().isBefore(closesAt(session))) {
            return;
        }
        for (Booking waiting : bookings.waitingListLocked(session.id())) {
            if (ledger.take(session.id(), waiting.getSeats())) {
                waiting.confirm(clock.instant());
                bookings.saveAndFlush(waiting);
                mails.send(waiting, Kind.WAITLIST_PROMOTED, Map.of());
                changed(waiting, Step.PROMOTED, waiting.getSeats(), Channel.SYSTEM, false);
            }
        }
    }

    /**
     * The centre called the session off: every booking and waiting place ends, and everyone is told why (course
     * participants by their course when the whole rest of the course went at once).
     */
    void sessionCancelled(long sessionId, String reason, boolean withSeries) {
        LockedSession session = ledger.lock(sessionId).orElseThrow();
        for (Booking booking : bookings.activeLocked(sessionId)) {
            boolean held = booking.getStatus() == BookingStatus.CONFIRMED;
            booking.cancel(clock.instant(), CancelledBy.CENTRE, false);
            bookings.saveAndFlush(booking);
            if (held) {
                ledger.giveBack(session.id(), booking.getSeats());
            }
            // A whole course called off: the course tells its participants once, for every date
            if (!withSeries || booking.getCourseEnrolmentId() == null) {
                mails.send(booking, Kind.SESSION_CANCELLED, Map.of("reason", reason));
            }
            changed(booking, Step.CANCELLED_WITH_SESSION, booking.getSeats(), Channel.SYSTEM, false);
        }
    }

    /** Time, room or instructor changed: everyone booked or waiting gets the new details (and a newer invite). */
    void sessionChanged(long sessionId) {
        ledger.lock(sessionId).orElseThrow();
        for (Booking booking : bookings.activeLocked(sessionId)) {
            booking.sessionChanged();
            bookings.saveAndFlush(booking);
            mails.send(booking, Kind.SESSION_CHANGED, Map.of());
        }
    }

    void capacityChanged(long sessionId) {
        promote(ledger.lock(sessionId).orElseThrow());
    }

    Availability availability(LockedSession session) {
        Instant now = clock.instant();
        if (!session.scheduled()) {
            return Availability.CANCELLED;
        }
        if (!now.isBefore(closesAt(session))) {
            return Availability.CLOSED;
        }
        if (now.isBefore(session.startsAt().minus(settings.opensBefore()))) {
            return Availability.NOT_YET_OPEN;
        }
        return Availability.OPEN;
    }

    int placeInLine(Booking booking) {
        return booking.getStatus() == BookingStatus.WAITING
                ? bookings.placeInLine(booking.getSessionId(), booking.getArrival())
                : 0;
    }

    private void requireOpen(LockedSession session) {
        switch (availability(session)) {
            case OPEN -> {}
            case CANCELLED -> throw InvalidInput.form("booking.session.cancelled");
            case CLOSED -> throw InvalidInput.form("booking.closed");
            case NOT_YET_OPEN -> throw InvalidInput.form("booking.notYetOpen");
            case GONE -> throw InvalidInput.form("booking.session.gone");
            case COURSE_ONLY -> throw InvalidInput.form("booking.courseOnly");
        }
    }

    private Instant closesAt(LockedSession session) {
        return session.startsAt().minus(settings.closesBefore());
    }

    private void changed(Booking booking, Step step, int seatsBefore, Channel channel, boolean late) {
        events.publishEvent(new BookingChanged(booking.getId(), booking.getReference(), booking.getSessionId(),
                booking.getPersonId(), step, step == Step.CANCELLED || step == Step.LEFT_WAITING_LIST
                        || step == Step.CANCELLED_WITH_SESSION ? 0 : booking.getSeats(),
                seatsBefore, channel, late));
    }

    /** A resident acts on their own booking; staff act on anyone's at the desk. */
    private static Channel channelOf(@Nullable Long personId) {
        return personId == null ? Channel.DESK : Channel.ONLINE;
    }

    private void checkSeatCount(int seats) {
        if (seats < 1 || seats > settings.maxSeats()) {
            throw InvalidInput.field("seats", "booking.seats.range");
        }
    }

    /** A course date's seats change only through the course (miss it, or leave the course). */
    private static void notACourseDate(Booking booking) {
        if (booking.getCourseEnrolmentId() != null) {
            throw InvalidInput.form("booking.partOfCourse");
        }
    }

    private record Locked(LockedSession session, Booking booking) {}

    /** Locks the booking's session first (the one lock order everything follows), then reads the booking. */
    private Locked lockBooking(long bookingId, @Nullable Long personId) {
        long sessionId = bookings.sessionOf(bookingId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        LockedSession session = ledger.lock(sessionId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        Booking booking = bookings.findLocked(bookingId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        if (personId != null && booking.getPersonId() != personId) {
            // Someone else's booking looks the same as one that does not exist
            throw InvalidInput.form("booking.gone");
        }
        return new Locked(session, booking);
    }

    List<Booking> waitingList(long sessionId) {
        return bookings.waitingList(sessionId);
    }
}

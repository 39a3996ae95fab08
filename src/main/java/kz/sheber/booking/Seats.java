package kz.sheber.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
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
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
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
    private final TimetableService schedule;
    private final ResidentDirectory residents;

    Seats(
            SeatLedger ledger,
            BookingRepository bookings,
            BookingMails mails,
            BookingSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            TimetableService schedule,
            ResidentDirectory residents) {
        this.schedule = schedule;
        this.residents = residents;
        this.ledger = ledger;
        this.bookings = bookings;
        this.mails = mails;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Books the person in: a resident only themselves, staff anyone (recorded as who booked). {@code person} is
     * their contact as this attempt read it (the caller checks it first), for the mail and the answer.
     */
    Outcome book(ResidentContact person, BookingRequest request, Actor by) {
        long personId = person.id();
        if (!by.reaches(personId)) {
            throw new IllegalArgumentException("a resident books only for themselves");
        }
        checkSeatCount(request.seats());
        Arriving arriving =
                ledger.lockForArrival(request.sessionId()).orElseThrow(() -> InvalidInput.form("booking.session.gone"));
        LockedSession session = arriving.session();
        if (request.seen() instanceof BookingRequest.Version(long shown) && shown != session.version()) {
            throw InvalidInput.form("booking.session.changedMeanwhile");
        }
        requireOpen(session);
        if (!schedule.dropInAllowed(session.id())) {
            throw InvalidInput.form("booking.courseOnly");
        }
        // A second live booking for the same person breaks uq_booking_one_per_person at the INSERT, which rolls
        // the seats back too; BookingService tells the person they already have one. No read needed first.
        Booking booking = new Booking(
                References.next(),
                session.id(),
                personId,
                request.seats(),
                arriving.nextArrival(),
                clock.instant(),
                by.bookedBy());
        if (ledger.take(session.id(), request.seats())) {
            booking.confirm(clock.instant());
            bookings.saveAndFlush(booking);
            Outcome booked = new Outcome(booking, card(session.id()), Optional.of(person), 0);
            mails.send(booking, booked.session(), booked.person(), Kind.BOOKING_CONFIRMED, Map.of());
            changed(booking, Step.BOOKED, 0, channelOf(by), false);
            return booked;
        } else if (request.joinWaitingListIfFull()) {
            bookings.saveAndFlush(booking);
            // Last in line; the answer to the caller shows the same place (nothing changes in this attempt after it)
            Outcome waiting = new Outcome(booking, card(session.id()), Optional.of(person), arriving.waiting() + 1);
            mails.send(
                    booking,
                    waiting.session(),
                    waiting.person(),
                    Kind.WAITLIST_JOINED,
                    Map.of("place", waiting.placeInLine()));
            changed(booking, Step.JOINED_WAITING_LIST, 0, channelOf(by), false);
            return waiting;
        } else if (bookings.findActive(session.id(), personId).isPresent()) {
            throw InvalidInput.form("booking.already"); // a second click after the first took the last seat
        } else {
            throw InvalidInput.field("seats", session.seatsLeft() == 0 ? "booking.full" : "booking.notEnoughSeats");
        }
    }

    /**
     * Someone at the door of a session that has started or is about to: booked only into free seats (a walk-in
     * never joins the waiting list), counted against capacity under the same row lock as any booking.
     */
    Outcome walkIn(long personId, long sessionId, int seats, long bookedBy, Instant doorOpens, Instant doorCloses) {
        checkSeatCount(seats);
        Arriving arriving =
                ledger.lockForArrival(sessionId).orElseThrow(() -> InvalidInput.form("booking.session.gone"));
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
        Booking booking =
                new Booking(References.next(), session.id(), personId, seats, arriving.nextArrival(), now, bookedBy);
        booking.confirm(now);
        bookings.saveAndFlush(booking);
        changed(booking, Step.WALKED_IN, 0, Channel.DOOR, false);
        return new Outcome(booking, card(session.id()), residents.contact(personId), 0);
    }

    /** A resident changes the seats of their own booking (staff cancel and book anew at the desk). */
    Outcome changeSeats(long bookingId, int seats, Actor.Resident by) {
        checkSeatCount(seats);
        Locked locked = lockBooking(bookingId, by);
        Booking booking = locked.booking();
        if (!booking.isActive()) {
            throw InvalidInput.form("booking.cancelled");
        }
        notACourseDate(booking);
        requireOpen(locked.session());
        int delta = seats - booking.getSeats();
        if (delta == 0) {
            return outcome(booking);
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
        SessionCard card = card(booking.getSessionId());
        Optional<ResidentContact> person = residents.contact(booking.getPersonId());
        if (booking.getStatus() == BookingStatus.CONFIRMED) {
            mails.send(booking, card, person, Kind.SEATS_CHANGED, Map.of());
        }
        changed(booking, Step.SEATS_CHANGED, seats - delta, channelOf(by), false);
        promote(locked.session(), Optional.of(card));
        // After the promotion, which may have just seated this very entry
        return new Outcome(booking, card, person, placeInLine(booking));
    }

    /** A resident (or staff for them) cancels a booking or leaves the waiting list; the freed seats move on at once. */
    Outcome cancel(long bookingId, Actor by) {
        Locked locked = lockBooking(bookingId, by);
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
        booking.cancel(now, by.forSomeoneElse() ? CancelledBy.STAFF : CancelledBy.RESIDENT, late);
        bookings.saveAndFlush(booking);
        SessionCard card = card(booking.getSessionId());
        Optional<ResidentContact> person = residents.contact(booking.getPersonId());
        if (held) {
            ledger.giveBack(booking.getSessionId(), booking.getSeats());
            mails.send(booking, card, person, Kind.BOOKING_CANCELLED, Map.of("late", late ? "yes" : "no"));
        }
        changed(booking, held ? Step.CANCELLED : Step.LEFT_WAITING_LIST, booking.getSeats(), channelOf(by), late);
        promote(locked.session(), Optional.of(card));
        return new Outcome(booking, card, person, 0);
    }

    /**
     * Moves waiting entries into the class, earliest first, each only if its whole group fits; one that does not
     * fit keeps its place and later, smaller ones may go ahead. Stops at the booking cut-off. {@code read}: the
     * session's timetable line if the caller's attempt has it already; otherwise read at the first promotion.
     */
    void promote(LockedSession session, Optional<SessionCard> read) {
        if (!session.scheduled() || !clock.instant().isBefore(closesAt(session))) {
            return;
        }
        Optional<SessionCard> card = read;
        for (Booking waiting : bookings.waitingListLocked(session.id())) {
            if (ledger.take(session.id(), waiting.getSeats())) {
                waiting.confirm(clock.instant());
                bookings.saveAndFlush(waiting);
                if (card.isEmpty()) {
                    card = Optional.of(card(session.id()));
                }
                mails.send(
                        waiting,
                        card.get(),
                        residents.contact(waiting.getPersonId()),
                        Kind.WAITLIST_PROMOTED,
                        Map.of());
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
        promote(ledger.lock(sessionId).orElseThrow(), Optional.empty());
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
        events.publishEvent(new BookingChanged(
                booking.getId(),
                booking.getReference(),
                booking.getSessionId(),
                booking.getPersonId(),
                step,
                step == Step.CANCELLED || step == Step.LEFT_WAITING_LIST || step == Step.CANCELLED_WITH_SESSION
                        ? 0
                        : booking.getSeats(),
                seatsBefore,
                channel,
                late));
    }

    /** A resident acts on their own booking online; staff (and erasure) act on anyone's as the desk does. */
    private static Channel channelOf(Actor by) {
        return by.forSomeoneElse() ? Channel.DESK : Channel.ONLINE;
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

    /** The session's timetable line, read once per attempt for the mails and the answer. */
    private SessionCard card(long sessionId) {
        return schedule.card(sessionId).orElseThrow();
    }

    /** The booking with its session and person as this attempt reads them now (under the session's lock). */
    private Outcome outcome(Booking booking) {
        return new Outcome(
                booking, card(booking.getSessionId()), residents.contact(booking.getPersonId()), placeInLine(booking));
    }

    /** Locks the booking's session first (the one lock order everything follows), then reads the booking. */
    private Locked lockBooking(long bookingId, Actor by) {
        long sessionId = bookings.sessionOf(bookingId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        LockedSession session = ledger.lock(sessionId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        Booking booking = bookings.findLocked(bookingId).orElseThrow(() -> InvalidInput.form("booking.gone"));
        if (!by.reaches(booking.getPersonId())) {
            // Someone else's booking looks the same as one that does not exist
            throw InvalidInput.form("booking.gone");
        }
        return new Locked(session, booking);
    }

    List<Booking> waitingList(long sessionId) {
        return bookings.waitingList(sessionId);
    }
}

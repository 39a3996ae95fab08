package kz.sheber.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.BookingStatus;
import kz.sheber.booking.domain.CalendarFeeds;
import kz.sheber.booking.domain.CancelledBy;
import kz.sheber.booking.domain.SeatLedger;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat booking's public face. Residents book, change, cancel and leave waiting lists for themselves; staff do the
 * same at the desk for anyone. Each change is one short transaction under the session's row lock, retried when
 * the database reports a deadlock or lock timeout. Rosters read bookings through {@link BookingRosters}.
 */
@Service
public class BookingService {

    private static final Duration DOOR_OPENS_BEFORE = Duration.ofMinutes(30);

    private final Seats seats;
    private final LockRetry retry;
    private final BookingRepository bookings;
    private final SeatLedger ledger;
    private final ResidentDirectory residents;
    private final TimetableService schedule;
    private final BookingSettings settings;
    private final CalendarFeeds feeds;
    private final Clock clock;
    private final TaughtSessions taught;

    BookingService(
            Seats seats,
            LockRetry retry,
            BookingRepository bookings,
            SeatLedger ledger,
            ResidentDirectory residents,
            TimetableService schedule,
            BookingSettings settings,
            CalendarFeeds feeds,
            Clock clock,
            TaughtSessions taught) {
        this.taught = taught;
        this.feeds = feeds;
        this.clock = clock;
        this.seats = seats;
        this.retry = retry;
        this.bookings = bookings;
        this.ledger = ledger;
        this.residents = residents;
        this.schedule = schedule;
        this.settings = settings;
    }

    /** What the booking panel shows for a session, to anyone; {@code mine} only for a signed-in person. */
    @PermitAll
    @Transactional(readOnly = true)
    public SeatOffer offer(long sessionId) {
        boolean dropIn = schedule.dropInAllowed(sessionId);
        Long course = dropIn
                ? null
                : schedule.card(sessionId).map(SessionCard::seriesId).orElse(null);
        return ledger.read(sessionId)
                .map(session -> new SeatOffer(
                        sessionId,
                        session.version(),
                        dropIn ? seats.availability(session) : SeatOffer.Availability.COURSE_ONLY,
                        Math.max(0, session.seatsLeft()),
                        settings.maxSeats(),
                        session.startsAt().minus(settings.opensBefore()),
                        residents
                                .signedInId()
                                .flatMap(me -> bookings.findActive(sessionId, me))
                                .map(this::view),
                        course))
                .orElseGet(() -> new SeatOffer(
                        sessionId,
                        0,
                        SeatOffer.Availability.GONE,
                        0,
                        settings.maxSeats(),
                        null,
                        Optional.empty(),
                        null));
    }

    /** Books seats for the signed-in resident, or puts them on the waiting list if they asked for that. */
    @RolesAllowed(Roles.RESIDENT)
    public BookingSummary book(BookingRequest request) {
        long me = residents.requireSignedInId();
        return guarded(request.sessionId(), () -> {
            // In the booking's own transaction (one pooled connection per attempt); the mail and answer reuse it
            ResidentContact contact = residents.contact(me).orElseThrow(() -> InvalidInput.form("booking.gone"));
            if (!contact.emailVerified()) {
                throw InvalidInput.form("booking.verifyFirst");
            }
            return view(seats.book(contact, request, new Actor.Resident(me)));
        });
    }

    @RolesAllowed(Roles.RESIDENT)
    public BookingSummary changeSeats(long bookingId, int newSeats) {
        long me = residents.requireSignedInId();
        return guardedChange(bookingId, () -> view(seats.changeSeats(bookingId, newSeats, new Actor.Resident(me))));
    }

    /** Cancels a booking or leaves the waiting list. After the cut-off the cancellation is marked late. */
    @RolesAllowed(Roles.RESIDENT)
    public BookingSummary cancel(long bookingId) {
        long me = residents.requireSignedInId();
        return guardedChange(bookingId, () -> view(seats.cancel(bookingId, new Actor.Resident(me))));
    }

    /** The signed-in resident's bookings and waiting places, soonest first. */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional(readOnly = true)
    public List<BookingSummary> myBookings() {
        return bookingsOf0(residents.requireSignedInId());
    }

    /** Staff book for a resident who phoned or walked in; they get the same emails if they have an address. */
    @RolesAllowed(Roles.ADMIN)
    public BookingSummary bookAtDesk(long personId, BookingRequest request) {
        long staff = residents.requireSignedInId();
        return guarded(
                request.sessionId(),
                () -> view(seats.book(
                        residents.contact(personId).orElseThrow(() -> InvalidInput.form("booking.person.gone")),
                        request,
                        new Actor.Staff(staff))));
    }

    /**
     * Someone at the door, added by the session's instructor (or staff) from half an hour before the start until
     * its end: a new resident record with their name and phone, and a booking into free seats only.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public BookingSummary bookWalkIn(
            long sessionId,
            String fullName,
            String phone,
            int seatCount,
            String language,
            boolean personAgreedToPrivacyNotice) {
        long me = residents.requireSignedInId();
        SessionCard card = taught.requireTeachesOrStaff(sessionId);
        // The person and the booking commit together: a walk-in refused for lack of seats leaves no record behind
        return guarded(() -> view(seats.walkIn(
                residents.registerWalkIn(fullName, phone, language, personAgreedToPrivacyNotice),
                sessionId,
                seatCount,
                me,
                card.startsAt().minus(DOOR_OPENS_BEFORE),
                card.endsAt())));
    }

    @RolesAllowed(Roles.ADMIN)
    public BookingSummary cancelAtDesk(long bookingId) {
        Actor staff = new Actor.Staff(residents.requireSignedInId());
        return guardedChange(bookingId, () -> view(seats.cancel(bookingId, staff)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<BookingSummary> bookingsOf(long personId) {
        return bookingsOf0(personId);
    }

    /** Who is on a session's waiting list, in order, for staff. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<BookingSummary> waitingList(long sessionId) {
        return seats.waitingList(sessionId).stream().map(this::view).toList();
    }

    /**
     * Erasure's first step: ends the person's bookings and waiting places in sessions yet to start, each exactly as
     * a cancellation (freed seats go to the waiting list, mails go out), by the person themselves or by staff.
     * Sessions already started keep their rows: they are the centre's history and become anonymous.
     */
    @PermitAll
    public ErasureCancellations cancelUpcomingOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        Actor by = Actor.onRecordOf(personId, residents.signedInId());
        int held = 0;
        int waiting = 0;
        for (Booking b : bookings.ofPerson(personId)) {
            boolean upcoming = b.isActive()
                    && schedule.card(b.getSessionId())
                            .filter(card -> card.startsAt().isAfter(clock.instant()))
                            .isPresent();
            if (upcoming) {
                guarded(() -> view(seats.cancel(b.getId(), by)));
                if (b.getStatus() == BookingStatus.CONFIRMED) {
                    held++;
                } else {
                    waiting++;
                }
            }
        }
        return new ErasureCancellations(held, waiting);
    }

    /** Every booking of one person, cancelled ones too: for their data export (the person themselves or staff). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<PersonBooking> bookingsOfPerson(long personId) {
        residents.requireSelfStaffOrJob(personId);
        return bookings.ofPerson(personId).stream()
                .map(b -> new PersonBooking(
                        b.getId(),
                        b.getReference(),
                        b.getSessionId(),
                        BookingState.valueOf(b.getStatus().name()),
                        b.getCreatedAt()))
                .toList();
    }

    /** Erasure: the private calendar address stops working and nothing of it is kept (caller's transaction). */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean forgetCalendarFeedOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        return feeds.forget(personId);
    }

    /**
     * When the person last booked or was booked, or last had a session: for retention, which anonymises residents
     * the centre has not seen for years. Empty when they never booked.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Instant> lastBookingActivityOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        // Stored as UTC DATETIMEs
        return Optional.ofNullable(bookings.lastActivity(personId)).map(at -> at.toInstant(ZoneOffset.UTC));
    }

    private List<BookingSummary> bookingsOf0(long personId) {
        return bookings.ofPerson(personId).stream()
                .map(this::view)
                .sorted(Comparator.comparing(BookingSummary::startsAt))
                .toList();
    }

    /** Runs the change and builds its answer in the same transaction, from what the change already read. */
    private BookingSummary guarded(Supplier<BookingSummary> change) {
        return translated(() -> retry.run(change));
    }

    /** A booking into one session: its attempts take their turn on this instance (see {@link SessionTurns}). */
    private BookingSummary guarded(long sessionId, Supplier<BookingSummary> change) {
        return translated(() -> retry.runInTurn(sessionId, change, booked -> bookings.existsById(booked.id())));
    }

    /** A change of an existing booking, in its session's turn (a booking that is gone is refused by the change). */
    private BookingSummary guardedChange(long bookingId, Supplier<BookingSummary> change) {
        return bookings.sessionOf(bookingId)
                .map(sessionId -> translated(() -> retry.runInTurn(sessionId, change, changed -> true)))
                .orElseGet(() -> guarded(change));
    }

    private static BookingSummary translated(Supplier<BookingSummary> attempts) {
        try {
            return attempts.get();
        } catch (DataIntegrityViolationException e) {
            // Two requests from one person raced past each other; the unique key kept the data right
            if (String.valueOf(e.getMessage()).contains("uq_booking_one_per_person")) {
                throw InvalidInput.form("booking.already");
            }
            throw e;
        }
    }

    /** The answer to a change, from what its attempt read. */
    private static BookingSummary view(Outcome done) {
        return view(
                done.booking(),
                done.session(),
                done.person().map(ResidentContact::fullName).orElse(""),
                done.placeInLine());
    }

    private BookingSummary view(Booking b) {
        SessionCard card = schedule.card(b.getSessionId()).orElseThrow();
        String name = residents
                .contact(b.getPersonId())
                .map(ResidentContact::fullName)
                .orElse("");
        return view(b, card, name, seats.placeInLine(b));
    }

    private static BookingSummary view(Booking b, SessionCard card, String name, int placeInLine) {
        return new BookingSummary(
                b.getId(),
                b.getReference(),
                b.getSessionId(),
                card.workshopTitle(),
                card.startsAt(),
                card.endsAt(),
                card.roomName(),
                b.getSeats(),
                BookingState.valueOf(b.getStatus().name()),
                placeInLine,
                b.isLateCancel(),
                b.getCancelledBy() == CancelledBy.CENTRE,
                name,
                b.getCourseEnrolmentId(),
                b.getCourseEnrolmentId() == null ? null : card.seriesId(),
                b.isMissedByNotice());
    }
}

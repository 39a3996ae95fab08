package kz.sheber.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.domain.Booking;
import kz.sheber.booking.domain.BookingRepository;
import kz.sheber.booking.domain.CancelledBy;
import kz.sheber.booking.domain.SeatLedger;
import kz.sheber.schedule.ScheduleService;
import kz.sheber.schedule.SessionCard;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat booking's public face. Residents book, change, cancel and leave waiting lists for themselves; staff do the
 * same at the desk for anyone. Each change is one short transaction under the session's row lock, retried when
 * the database reports a deadlock or lock timeout.
 */
@Service
public class BookingService {

    private static final java.time.Duration DOOR_OPENS_BEFORE = java.time.Duration.ofMinutes(30);

    private final Seats seats;
    private final LockRetry retry;
    private final BookingRepository bookings;
    private final SeatLedger ledger;
    private final ResidentDirectory residents;
    private final ScheduleService schedule;
    private final BookingSettings settings;
    private final kz.sheber.booking.domain.CalendarFeeds feeds;
    private final java.time.Clock clock;

    BookingService(Seats seats, LockRetry retry, BookingRepository bookings, SeatLedger ledger,
            ResidentDirectory residents, ScheduleService schedule, BookingSettings settings,
            kz.sheber.booking.domain.CalendarFeeds feeds, java.time.Clock clock) {
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
        Long course = dropIn ? null : schedule.card(sessionId).map(SessionCard::seriesId).orElse(null);
        return ledger.read(sessionId).map(session -> new SeatOffer(sessionId, session.version(),
                        dropIn ? seats.availability(session) : SeatOffer.Availability.COURSE_ONLY,
                        Math.max(0, session.seatsLeft()), settings.maxSeats(),
                        session.startsAt().minus(settings.opensBefore()),
                        residents.signedInId().flatMap(me -> bookings.findActive(sessionId, me)).map(this::view),
                        course))
                .orElseGet(() -> new SeatOffer(sessionId, 0, SeatOffer.Availability.GONE, 0, settings.maxSeats(),
                        null, Optional.empty(), null));
    }

    /** Books seats for the signed-in resident, or puts them on the waiting list if they asked for that. */
    @RolesAllowed(Roles.RESIDENT)
    public BookingView book(BookingRequest request) {
        long me = residents.requireSignedInId();
        return guarded(request.sessionId(), () -> {
            // In the booking's own transaction (one pooled connection per attempt); the mail reuses this read
            ResidentContact contact = AttemptReads.read(new AttemptReads.Contact(me), () -> residents.contact(me))
                    .orElseThrow(() -> InvalidInput.form("booking.gone"));
            if (!contact.emailVerified()) {
                throw InvalidInput.form("booking.verifyFirst");
            }
            return view(seats.book(me, request, null));
        });
    }

    @RolesAllowed(Roles.RESIDENT)
    public BookingView changeSeats(long bookingId, int newSeats) {
        long me = residents.requireSignedInId();
        return guardedChange(bookingId, () -> view(seats.changeSeats(bookingId, newSeats, me)));
    }

    /** Cancels a booking or leaves the waiting list. After the cut-off the cancellation is marked late. */
    @RolesAllowed(Roles.RESIDENT)
    public BookingView cancel(long bookingId) {
        long me = residents.requireSignedInId();
        return guardedChange(bookingId, () -> view(seats.cancel(bookingId, me, CancelledBy.RESIDENT)));
    }

    /** The signed-in resident's bookings and waiting places, soonest first. */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional(readOnly = true)
    public List<BookingView> myBookings() {
        return bookingsOf0(residents.requireSignedInId());
    }

    /** Staff book for a resident who phoned or walked in; they get the same emails if they have an address. */
    @RolesAllowed(Roles.ADMIN)
    public BookingView bookAtDesk(long personId, BookingRequest request) {
        residents.contact(personId).orElseThrow(() -> InvalidInput.form("booking.person.gone"));
        long staff = residents.requireSignedInId();
        return guarded(request.sessionId(), () -> view(seats.book(personId, request, staff)));
    }

    /**
     * Someone at the door, added by the session's instructor (or staff) from half an hour before the start until
     * its end: a new resident record with their name and phone, and a booking into free seats only.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    public BookingView bookWalkIn(long sessionId, String fullName, String phone, int seatCount, String language,
            boolean personAgreedToPrivacyNotice) {
        long me = residents.requireSignedInId();
        SessionCard card = requireTeachesOrStaff(sessionId);
        // The person and the booking commit together: a walk-in refused for lack of seats leaves no record behind
        return guarded(() -> view(seats.walkIn(residents.registerWalkIn(fullName, phone, language, personAgreedToPrivacyNotice), sessionId,
                seatCount, me, card.startsAt().minus(DOOR_OPENS_BEFORE), card.endsAt())));
    }

    /** An instructor reaches only the sessions they teach; staff reach all. */
    private SessionCard requireTeachesOrStaff(long sessionId) {
        SessionCard card = schedule.card(sessionId).orElseThrow(() -> InvalidInput.form("booking.session.gone"));
        if (!residents.signedInIsSelfOrStaff(card.instructorId())) {
            throw new org.springframework.security.access.AccessDeniedException("not this instructor's session");
        }
        return card;
    }

    @RolesAllowed(Roles.ADMIN)
    public BookingView cancelAtDesk(long bookingId) {
        return guardedChange(bookingId, () -> view(seats.cancel(bookingId, null, CancelledBy.STAFF)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<BookingView> bookingsOf(long personId) {
        return bookingsOf0(personId);
    }

    /** Who is on a session's waiting list, in order, for staff. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<BookingView> waitingList(long sessionId) {
        return seats.waitingList(sessionId).stream().map(this::view).toList();
    }

    /**
     * Every booking of a session in arrival order, cancelled ones too, for the roster feature; which instructor may
     * read which session's roster is the roster feature's decision.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionBooking> bookingsIn(long sessionId) {
        requireTeachesOrStaff(sessionId);
        return bookings.inSession(sessionId).stream().map(b -> new SessionBooking(b.getId(), b.getReference(), b.getPersonId(),
                b.getSeats(), BookingState.valueOf(b.getStatus().name()), b.getCreatedAt(), b.isLateCancel(),
                seats.placeInLine(b), b.getCourseEnrolmentId() != null)).toList();
    }

    /**
     * How many are on each session's waiting list, for lists of classes: an instructor's counts cover only sessions
     * they teach (others read as 0), staff's cover all. Sessions nobody waits for are 0.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public java.util.Map<Long, Integer> waitingCounts(java.util.Collection<Long> sessionIds) {
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        sessionIds.forEach(id -> counts.put(id, 0));
        if (!sessionIds.isEmpty()) {
            Long onlyTaughtBy = residents.signedInIsStaff() ? null : residents.requireSignedInId();
            bookings.waitingCounts(sessionIds, onlyTaughtBy)
                    .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        }
        return counts;
    }

    /** How many sessions starting in [from, to) a person held seats in, for staff reading attendance histories. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public int sessionsBookedBetween(long personId, java.time.Instant from, java.time.Instant to) {
        return bookings.confirmedBetween(personId, from, to);
    }

    /**
     * Erasure's first step: ends the person's bookings and waiting places in sessions yet to start, each exactly as
     * a cancellation (freed seats go to the waiting list, mails go out), by the person themselves or by staff.
     * Sessions already started keep their rows: they are the centre's history and become anonymous.
     */
    @PermitAll
    public ErasureCancellations cancelUpcomingOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        boolean self = residents.signedInId().filter(me -> me == personId).isPresent();
        int held = 0;
        int waiting = 0;
        for (Booking b : bookings.ofPerson(personId)) {
            boolean upcoming = b.isActive() && schedule.card(b.getSessionId())
                    .filter(card -> card.startsAt().isAfter(clock.instant())).isPresent();
            if (upcoming) {
                guarded(() -> view(seats.cancel(b.getId(), self ? personId : null,
                        self ? CancelledBy.RESIDENT : CancelledBy.STAFF)));
                if (b.getStatus() == kz.sheber.booking.domain.BookingStatus.CONFIRMED) {
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
        return bookings.ofPerson(personId).stream().map(b -> new PersonBooking(b.getId(), b.getReference(),
                b.getSessionId(), BookingState.valueOf(b.getStatus().name()), b.getCreatedAt())).toList();
    }

    /** Erasure: the private calendar address stops working and nothing of it is kept (caller's transaction). */
    @PermitAll
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
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
    public Optional<java.time.Instant> lastBookingActivityOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        // Stored as UTC DATETIMEs
        return Optional.ofNullable(bookings.lastActivity(personId)).map(at -> at.toInstant(java.time.ZoneOffset.UTC));
    }

    private List<BookingView> bookingsOf0(long personId) {
        return bookings.ofPerson(personId).stream().map(this::view)
                .sorted(Comparator.comparing(BookingView::startsAt)).toList();
    }

    /** Runs the change and builds its answer in the same transaction, from what the change already read. */
    private BookingView guarded(java.util.function.Supplier<BookingView> change) {
        return translated(() -> retry.run(change));
    }

    /** A booking into one session: its attempts take their turn on this instance (see {@link SessionTurns}). */
    private BookingView guarded(long sessionId, java.util.function.Supplier<BookingView> change) {
        return translated(() -> retry.runInTurn(sessionId, change, booked -> bookings.existsById(booked.id())));
    }

    /** A change of an existing booking, in its session's turn (a booking that is gone is refused by the change). */
    private BookingView guardedChange(long bookingId, java.util.function.Supplier<BookingView> change) {
        return bookings.sessionOf(bookingId)
                .map(sessionId -> translated(() -> retry.runInTurn(sessionId, change, changed -> true)))
                .orElseGet(() -> guarded(change));
    }

    private static BookingView translated(java.util.function.Supplier<BookingView> attempts) {
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

    BookingView view(Booking b) {
        SessionCard card = AttemptReads.read(new AttemptReads.Session(b.getSessionId()),
                () -> schedule.card(b.getSessionId())).orElseThrow();
        String name = AttemptReads.read(new AttemptReads.Contact(b.getPersonId()),
                () -> residents.contact(b.getPersonId())).map(ResidentContact::fullName).orElse("");
        return new BookingView(b.getId(), b.getReference(), b.getSessionId(), card.workshopTitle(), card.startsAt(),
                card.endsAt(), card.roomName(), b.getSeats(), BookingState.valueOf(b.getStatus().name()),
                AttemptReads.known(new AttemptReads.Place(b.getId()), () -> seats.placeInLine(b)), b.isLateCancel(),
                b.getCancelledBy() == CancelledBy.CENTRE, name, b.getCourseEnrolmentId(),
                b.getCourseEnrolmentId() == null ? null : card.seriesId(), b.isMissedByNotice());
    }
}

package kz.sheber.roster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.db.RetryOnConflict;
import kz.sheber.base.i18n.Languages;
import kz.sheber.base.time.CentreTime;
import kz.sheber.booking.BookingRosters;
import kz.sheber.booking.BookingService;
import kz.sheber.booking.BookingState;
import kz.sheber.booking.SessionBooking;
import kz.sheber.notification.MailOutbox;
import kz.sheber.notification.OutgoingMail;
import kz.sheber.roster.domain.AttendanceBook;
import kz.sheber.roster.domain.ClassMessages;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableFilter;
import kz.sheber.schedule.TimetableService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters' public face. Every method checks the caller: an instructor reads and marks only the sessions they
 * teach, admins all of them, residents none (a roster holds other people's phone numbers).
 */
@Service
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
public class RosterService {

    static final Duration HISTORY = Duration.ofDays(90);
    private static final int RECENT_DAYS = 14, AHEAD_DAYS = 60;

    private final TimetableService schedule;
    private final BookingService bookings;
    private final BookingRosters rosters;
    private final ResidentDirectory people;
    private final AttendanceBook attendance;
    private final ClassMessages messages;
    private final MailOutbox outbox;
    private final RosterSettings settings;
    private final CentreTime time;
    private final Validator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RosterService(
            TimetableService schedule,
            BookingService bookings,
            BookingRosters rosters,
            ResidentDirectory people,
            AttendanceBook attendance,
            ClassMessages messages,
            MailOutbox outbox,
            RosterSettings settings,
            CentreTime time,
            Validator validator,
            ApplicationEventPublisher events,
            Clock clock) {
        this.schedule = schedule;
        this.bookings = bookings;
        this.rosters = rosters;
        this.people = people;
        this.attendance = attendance;
        this.messages = messages;
        this.outbox = outbox;
        this.settings = settings;
        this.time = time;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /** The caller's sessions: today's and upcoming first (soonest first), then recent ones (latest first). */
    @Transactional(readOnly = true)
    public List<RosterSession> mySessions() {
        LocalDate today = time.nowInCentre().toLocalDate();
        List<SessionCard> mine =
                schedule.taughtBy(people.requireSignedInId(), today.minusDays(RECENT_DAYS), today.plusDays(AHEAD_DAYS));
        Instant startOfToday = today.atStartOfDay(time.zone()).toInstant();
        Comparator<SessionCard> order = Comparator.comparing(
                        (SessionCard c) -> c.startsAt().isBefore(startOfToday))
                .thenComparing(c -> c.startsAt().isBefore(startOfToday)
                        ? -c.startsAt().toEpochMilli()
                        : c.startsAt().toEpochMilli());
        return withWaiting(mine.stream().sorted(order).toList());
    }

    /** Every session starting on one day in the centre's zone, cancelled ones too, in start order: for staff. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<RosterSession> sessionsOn(LocalDate day) {
        if (day == null) {
            throw InvalidInput.field("day", "roster.rosters.dayRequired");
        }
        return withWaiting(schedule.upcoming(new TimetableFilter(null, null, day, day, false, null, true), 0, 500));
    }

    /** The cards with their waiting-list counts, read in one query for the whole list. */
    private List<RosterSession> withWaiting(List<SessionCard> cards) {
        Map<Long, Integer> waiting =
                rosters.waitingCounts(cards.stream().map(SessionCard::id).toList());
        return cards.stream()
                .map(card -> new RosterSession(card, waiting.getOrDefault(card.id(), 0)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Roster roster(long sessionId) {
        SessionCard card = mine(sessionId);
        Map<Long, AttendanceBook.Mark> marks = attendance.ofSession(sessionId);
        // A resident's record across the centre is for staff; an instructor sees only their own class
        Optional<Map<Long, AttendanceHistory>> histories =
                people.signedInIsStaff() ? Optional.of(new HashMap<>()) : Optional.empty();
        List<Participant> all = rosters.bookingsIn(sessionId).stream()
                .filter(b -> b.state() != BookingState.CANCELLED || b.late())
                .map(b -> participant(b, marks.get(b.id()), histories))
                .toList();
        return new Roster(
                card,
                all.stream().filter(p -> p.state() != Participant.State.WAITING).toList(),
                all.stream()
                        .filter(p -> p.state() == Participant.State.WAITING)
                        .sorted(Comparator.comparingInt(Participant::placeInLine))
                        .toList(),
                attendanceOpen(card),
                messages.ofSession(sessionId).stream()
                        .map(m -> new Roster.ClassMessage(
                                m.sentAt(), m.sentBy(), m.subject(), m.body(), m.includeWaiting(), m.recipients()))
                        .toList());
    }

    /** Marks a booking present with how many of its seats came (1 to its seats). */
    @Transactional
    @RetryOnConflict
    public void markPresent(long sessionId, long bookingId, int seatsCame) {
        SessionCard card = markable(sessionId);
        SessionBooking booking = booked(sessionId, bookingId);
        if (seatsCame < 1 || seatsCame > booking.seats()) {
            throw InvalidInput.form("roster.attendance.seatsRange");
        }
        mark(
                card,
                booking,
                attendance.ofSession(sessionId).get(bookingId),
                Attendance.Mark.PRESENT,
                seatsCame,
                people.requireSignedInId());
    }

    @Transactional
    @RetryOnConflict
    public void markNoShow(long sessionId, long bookingId) {
        SessionCard card = markable(sessionId);
        SessionBooking booking = booked(sessionId, bookingId);
        mark(
                card,
                booking,
                attendance.ofSession(sessionId).get(bookingId),
                Attendance.Mark.NO_SHOW,
                0,
                people.requireSignedInId());
    }

    /** Marks every booking not yet marked present with all its seats; returns how many were marked. */
    @Transactional
    @RetryOnConflict
    public int markAllPresent(long sessionId) {
        SessionCard card = markable(sessionId);
        Map<Long, AttendanceBook.Mark> marks = attendance.ofSession(sessionId);
        List<SessionBooking> open = rosters.bookingsIn(sessionId).stream()
                .filter(b -> b.state() == BookingState.CONFIRMED && !marks.containsKey(b.id()))
                .toList();
        long me = people.requireSignedInId();
        open.forEach(b -> mark(card, b, null, Attendance.Mark.PRESENT, b.seats(), me));
        return open.size();
    }

    /** Takes a booking's mark back, as if it had never been marked. */
    @Transactional
    @RetryOnConflict
    public void undo(long sessionId, long bookingId) {
        markable(sessionId);
        SessionBooking booking = booked(sessionId, bookingId);
        String before = described(attendance.ofSession(sessionId).get(bookingId));
        if (attendance.undo(bookingId)) {
            events.publishEvent(
                    new AttendanceMarked(sessionId, bookingId, booking.reference(), booking.personId(), before, null));
        }
    }

    private void mark(
            SessionCard card,
            SessionBooking booking,
            AttendanceBook.@Nullable Mark previous,
            Attendance.Mark mark,
            int seatsPresent,
            long by) {
        String before = described(previous);
        attendance.mark(
                booking.id(),
                card.id(),
                booking.personId(),
                card.startsAt(),
                mark.name(),
                seatsPresent,
                clock.instant(),
                by);
        events.publishEvent(new AttendanceMarked(
                card.id(),
                booking.id(),
                booking.reference(),
                booking.personId(),
                before,
                described(new AttendanceBook.Mark(mark.name(), seatsPresent))));
    }

    /** A mark as the trail shows it: {@code PRESENT 2} or {@code NO_SHOW}. */
    private static @Nullable String described(AttendanceBook.@Nullable Mark mark) {
        if (mark == null) {
            return null;
        }
        return mark.status().equals(Attendance.Mark.PRESENT.name())
                ? mark.status() + " " + mark.seatsPresent()
                : mark.status();
    }

    /**
     * Writes to everyone booked (and the waiting list if asked) through the outbox: the text as written, the frame
     * in each recipient's language. People without an email address are skipped. Returns how many mails were queued.
     */
    @Transactional
    public int writeToClass(long sessionId, MessageToClass message) {
        InvalidInput.check(validator, message);
        SessionCard card = mine(sessionId);
        long me = people.requireSignedInId();
        String sender = people.contact(me).map(ResidentContact::fullName).orElse("");
        int queued = 0;
        for (SessionBooking b : rosters.bookingsIn(sessionId)) {
            boolean reached = b.state() == BookingState.CONFIRMED
                    || (message.includeWaiting() && b.state() == BookingState.WAITING);
            Optional<ResidentContact> contact = reached ? people.contact(b.personId()) : Optional.empty();
            if (contact.isEmpty()
                    || contact.get().email() == null
                    || contact.get().email().isBlank()) {
                continue;
            }
            var locale = Languages.of(contact.get().language()).orElse(Languages.KAZAKH);
            outbox.queue(OutgoingMail.of(
                    contact.get().email(),
                    contact.get().fullName(),
                    locale,
                    "class-message",
                    Map.of(
                            "workshop",
                            card.workshopTitle().in(locale).text(),
                            "start",
                            card.startsAt(),
                            "room",
                            card.roomName(),
                            "instructor",
                            sender,
                            "subject",
                            message.subject().strip(),
                            "message",
                            message.body().strip())));
            queued++;
        }
        messages.keep(
                sessionId,
                me,
                sender,
                clock.instant(),
                message.subject().strip(),
                message.body().strip(),
                message.includeWaiting(),
                queued);
        events.publishEvent(new ClassMessageSent(sessionId, queued, message.includeWaiting()));
        return queued;
    }

    private Participant participant(
            SessionBooking b, AttendanceBook.@Nullable Mark mark, Optional<Map<Long, AttendanceHistory>> seen) {
        Optional<ResidentContact> contact = people.contact(b.personId());
        Participant.State state = switch (b.state()) {
            case WAITING -> Participant.State.WAITING;
            case CANCELLED -> Participant.State.CANCELLED_LATE;
            default -> Participant.State.BOOKED;
        };
        return new Participant(
                b.id(),
                b.reference(),
                b.personId(),
                contact.map(ResidentContact::fullName)
                        .orElseGet(() -> people.nameOf(b.personId()).orElse("")),
                b.seats(),
                contact.map(ResidentContact::phone).orElse(null),
                contact.map(ResidentContact::email).orElse(null),
                b.bookedAt(),
                state,
                b.placeInLine(),
                Optional.ofNullable(mark)
                        .map(m -> new Attendance(Attendance.Mark.valueOf(m.status()), m.seatsPresent())),
                seen.map(histories -> histories.computeIfAbsent(b.personId(), this::history)),
                b.course());
    }

    private AttendanceHistory history(long personId) {
        Instant now = clock.instant();
        Instant from = now.minus(HISTORY);
        AttendanceBook.Counts counts = attendance.countsOf(personId, from, now);
        return new AttendanceHistory(
                rosters.sessionsBookedBetween(personId, from, now), counts.attended(), counts.noShows());
    }

    private boolean attendanceOpen(SessionCard card) {
        Instant now = clock.instant();
        return !card.cancelled()
                && !now.isBefore(card.startsAt().minus(settings.attendanceWindowBefore()))
                && !now.isAfter(card.startsAt().plus(settings.attendanceWindowAfter()));
    }

    private SessionCard markable(long sessionId) {
        SessionCard card = mine(sessionId);
        if (!attendanceOpen(card)) {
            throw InvalidInput.form("roster.attendance.closed");
        }
        return card;
    }

    private SessionBooking booked(long sessionId, long bookingId) {
        return rosters.bookingsIn(sessionId).stream()
                .filter(b -> b.id() == bookingId && b.state() == BookingState.CONFIRMED)
                .findFirst()
                .orElseThrow(() -> InvalidInput.form("roster.attendance.notBooked"));
    }

    /**
     * Adds someone at the door into free seats; they count against capacity like any booking. The instructor
     * confirms the person agreed to the privacy notice.
     */
    public void addWalkIn(
            long sessionId,
            String fullName,
            String phone,
            int seats,
            String language,
            boolean personAgreedToPrivacyNotice) {
        mine(sessionId);
        bookings.bookWalkIn(sessionId, fullName, phone, seats, language, personAgreedToPrivacyNotice);
    }

    /** The session, if the caller teaches it or is an admin; otherwise the same "not found" as for no session. */
    private SessionCard mine(long sessionId) {
        // Only the timetable line is needed here, not the workshop, its instructors and the room
        SessionCard card = schedule.card(sessionId).orElseThrow(() -> new RosterNotFound(sessionId));
        if (!people.signedInIsSelfOrStaff(card.instructorId())) {
            throw new RosterNotFound(sessionId);
        }
        return card;
    }
}

package kz.sheber.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.sheber.account.InstructorSummary;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.FieldChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.OptimisticEdits;
import kz.sheber.base.PlainText;
import kz.sheber.base.Roles;
import kz.sheber.base.db.RetryOnConflict;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.RoomView;
import kz.sheber.catalogue.WorkshopView;
import kz.sheber.schedule.SessionChanged.Change;
import kz.sheber.schedule.domain.Session;
import kz.sheber.schedule.domain.SessionRepository;
import kz.sheber.schedule.domain.SessionSeries;
import kz.sheber.schedule.domain.SessionSeriesRepository;
import kz.sheber.schedule.domain.SessionStatus;
import kz.sheber.schedule.domain.TimetableQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The schedule's public face: everyone reads the timetable; staff plan, change and cancel sessions. */
@Service
@RolesAllowed(Roles.ADMIN)
public class ScheduleService {

    private final SessionRepository sessions;
    private final SessionSeriesRepository series;
    private final TimetableQuery timetable;
    private final SessionRules rules;
    private final CatalogueService catalogue;
    private final ApplicationEventPublisher events;
    private final CentreTime time;
    private final ResidentDirectory people;

    ScheduleService(SessionRepository sessions, SessionSeriesRepository series, TimetableQuery timetable,
            SessionRules rules, CatalogueService catalogue, ApplicationEventPublisher events, CentreTime time,
            ResidentDirectory people) {
        this.sessions = sessions;
        this.series = series;
        this.timetable = timetable;
        this.rules = rules;
        this.catalogue = catalogue;
        this.events = events;
        this.time = time;
        this.people = people;
    }

    /** A page of the timetable in start order; {@code limit} is capped at 500. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SessionCard> upcoming(TimetableFilter filter, int offset, int limit) {
        return timetable.page(criteria(filter), offset, Math.min(Math.max(limit, 0), 500));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public int count(TimetableFilter filter) {
        return timetable.count(criteria(filter));
    }

    /** The next scheduled sessions of one workshop, for its page; {@code limit} is capped at 500. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SessionCard> upcomingOfWorkshop(long workshopId, int limit) {
        return timetable.ofWorkshop(workshopId, time.now(), Math.min(Math.max(limit, 0), 500));
    }

    /**
     * The sessions one instructor teaches on the days {@code from} to {@code to} (centre's zone, both included),
     * cancelled ones too, in start order, at most 500. An instructor asks about themselves only; staff about anyone.
     */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public List<SessionCard> taughtBy(long instructorId, LocalDate from, LocalDate to) {
        if (!people.signedInIsSelfOrStaff(instructorId)) {
            throw new AccessDeniedException("an instructor reads only their own classes");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.form("schedule.filter.badRange");
        }
        return timetable.ofInstructor(instructorId, from.atStartOfDay(rules.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(rules.zone()).toInstant(), 500);
    }

    /** Just the timetable line of one session (one query), for callers that need no workshop or room details. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SessionCard> card(long id) {
        return timetable.one(id);
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SessionDetails> session(long id) {
        return timetable.one(id).map(card -> new SessionDetails(card,
                sessions.findById(id).map(Session::getCancelReason).orElse(null),
                catalogue.workshop(card.workshopId()).orElseThrow(), catalogue.room(card.roomId()).orElseThrow()));
    }

    /** A series offered as a course, with all its dates; empty when there is no such series or it is no course. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CourseSeries> course(long seriesId) {
        return series.findById(seriesId).filter(SessionSeries::isCourse).map(this::course);
    }

    /** Courses that still have a date to come, soonest first; {@code limit} is capped at 200. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CourseSeries> upcomingCourses(int limit) {
        return series.runningCourses(time.now()).stream().limit(Math.min(Math.max(limit, 0), 200))
                .map(id -> series.findById(id).orElseThrow()).map(this::course).toList();
    }

    /** False for a date of a course that takes no drop-ins: its seats are sold only by enrolling in the course. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean dropInAllowed(long sessionId) {
        return series.courseOnly(sessionId) == 0;
    }

    /** Offers a series as a course on these terms, or (null) as drop-in classes again. */
    @Transactional
    public void offerAsCourse(long seriesId, long version, @Nullable CourseTerms terms) {
        SessionSeries planned = series.findById(seriesId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(planned.getVersion(), version);
        if (terms != null) {
            terms.check();
        }
        planned.offerAsCourse(terms != null, terms != null && terms.dropIn(), terms == null ? 2 : terms.enrolUntilDate());
        OptimisticEdits.saving(() -> series.saveAndFlush(planned));
    }

    /** The series' version and course terms, for the dialog that edits them; empty for a session not in a series. */
    @Transactional(readOnly = true)
    public Optional<SeriesOffer> seriesOffer(long seriesId) {
        return series.findById(seriesId).map(s -> new SeriesOffer(s.getId(), s.getVersion(),
                s.isCourse() ? new CourseTerms(s.isDropIn(), s.getEnrolUntilDate()) : null));
    }

    private CourseSeries course(SessionSeries s) {
        WorkshopView workshop = catalogue.workshop(s.getWorkshopId()).orElseThrow();
        return new CourseSeries(s.getId(), s.getWorkshopId(), workshop.title(), s.getInstructorId(), s.getCapacity(),
                s.getWeekdays(), s.getStartTime(), new CourseTerms(s.isDropIn(), s.getEnrolUntilDate()),
                timetable.ofSeries(s.getId()));
    }

    @Transactional
    @RetryOnConflict
    public SessionCard createSession(NewSession form) {
        WorkshopView workshop = rules.requireWorkshop(form.workshopId());
        RoomView room = rules.requireRoom(form.roomId());
        InstructorSummary instructor = rules.requireInstructor(form.instructorId());
        Instant start = rules.start(form.start());
        Instant end = rules.end(start, form.end(), workshop);
        int capacity = rules.capacity(form.capacity(), workshop, room, 0);
        rules.noClash(0, start, end, room, instructor);
        Session session = new Session(workshop.id(), null);
        place(session, start, end, room, instructor, capacity);
        sessions.saveAndFlush(session);
        events.publishEvent(new SessionPlanned(session.getId(), null));
        return timetable.one(session.getId()).orElseThrow();
    }

    @Transactional
    @RetryOnConflict
    public SeriesCreated createSeries(SeriesPlan plan) {
        WorkshopView workshop = rules.requireWorkshop(plan.workshopId());
        RoomView room = rules.requireRoom(plan.roomId());
        InstructorSummary instructor = rules.requireInstructor(plan.instructorId());
        SeriesRules.check(plan);
        int capacity = rules.capacity(plan.capacity(), workshop, room, 0);
        Duration length = Duration.ofMinutes(workshop.durationMinutes());
        List<SeriesExpansion.Slot> slots = SeriesExpansion.slots(plan, length, rules.zone());
        if (slots.isEmpty()) {
            throw InvalidInput.field("weekdays", "schedule.series.noSessions");
        }
        if (!slots.getFirst().start().isAfter(time.now())) {
            throw InvalidInput.field("firstDate", "schedule.start.past");
        }
        slots.forEach(slot -> rules.noClash(0, slot.start(), slot.end(), room, instructor));
        SessionSeries planned = new SessionSeries(workshop.id(), plan.weekdays(), plan.firstDate(), plan.lastDate(),
                plan.skippedDates() == null ? Set.of() : plan.skippedDates());
        planned.plan(plan.startTime(), workshop.durationMinutes(), room.id(), instructor.id(), capacity);
        if (plan.course() != null) {
            plan.course().check();
            planned.offerAsCourse(true, plan.course().dropIn(), plan.course().enrolUntilDate());
        }
        series.save(planned);
        for (SeriesExpansion.Slot slot : slots) {
            Session session = new Session(workshop.id(), planned.getId());
            place(session, slot.start(), slot.end(), room, instructor, capacity);
            sessions.save(session);
        }
        sessions.flush();
        SeriesCreated created = new SeriesCreated(planned.getId(), slots.size(),
                planned.getSkippedDates().stream().sorted().toList());
        events.publishEvent(created);
        return created;
    }

    /** Changes one session; in a series it is then "edited by hand" and series edits leave it alone. */
    @Transactional
    @RetryOnConflict
    public void editSession(SessionEdit edit) {
        Session session = lockedForEdit(edit);
        SessionChanged changed = apply(session, edit.start(), edit.end(), edit.roomId(), edit.instructorId(),
                edit.capacity());
        if (!changed.changes().isEmpty()) {
            if (session.getSeriesId() != null) {
                session.markEditedByHand();
            }
            OptimisticEdits.saving(() -> sessions.saveAndFlush(session));
            events.publishEvent(changed);
        }
    }

    /**
     * Changes this session and the later ones of its series: each keeps its date and takes the new time of day,
     * length, room, instructor and capacity. Sessions edited by hand are left as they are. Returns how many changed.
     */
    @Transactional
    @RetryOnConflict
    public int editRestOfSeries(SessionEdit edit) {
        Session chosen = lockedForEdit(edit);
        if (chosen.getSeriesId() == null) {
            throw InvalidInput.form("schedule.session.notInSeries");
        }
        List<Session> later = sessions.laterInSeriesForUpdate(chosen.getSeriesId(), chosen.getStartsAt(),
                SessionStatus.SCHEDULED);
        int changed = publishIfChanged(
                apply(chosen, edit.start(), edit.end(), edit.roomId(), edit.instructorId(), edit.capacity()));
        LocalTime startTime = Objects.requireNonNull(edit.start()).toLocalTime(); // apply refused a missing one
        Duration length = Duration.between(chosen.getStartsAt(), chosen.getEndsAt());
        for (Session session : later) {
            if (session.isEditedByHand() || session.getId().equals(chosen.getId())) {
                continue;
            }
            LocalDateTime start = session.getStartsAt().atZone(rules.zone()).toLocalDate().atTime(startTime);
            changed += publishIfChanged(apply(session, start, start.plus(length), edit.roomId(),
                    edit.instructorId(), edit.capacity()));
        }
        int sessionsChanged = changed;
        series.findById(chosen.getSeriesId()).ifPresent(s -> {
            List<FieldChange> fields = Stream.of(
                    FieldChange.of("start_time", s.getStartTime(), startTime),
                    FieldChange.of("minutes", s.getMinutes(), length.toMinutes()),
                    FieldChange.of("room", s.getRoomId(), chosen.getRoomId()),
                    FieldChange.of("instructor", s.getInstructorId(), chosen.getInstructorId()),
                    FieldChange.of("capacity", s.getCapacity(), chosen.getCapacity()))
                    .filter(f -> !Objects.equals(f.before(), f.after())).toList();
            s.plan(startTime, (int) length.toMinutes(), chosen.getRoomId(), chosen.getInstructorId(),
                    chosen.getCapacity());
            if (!fields.isEmpty() || sessionsChanged > 0) {
                events.publishEvent(new SeriesChanged(s.getId(), fields, sessionsChanged));
            }
        });
        OptimisticEdits.saving(() -> {
            sessions.flush();
            return null;
        });
        return changed;
    }

    @Transactional
    @RetryOnConflict
    public void cancelSession(long sessionId, long version, String reason) {
        String why = cancelReason(reason);
        Session session = sessions.findForUpdate(sessionId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(session.getVersion(), version);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw InvalidInput.form("schedule.session.cancelled");
        }
        session.cancel(why);
        OptimisticEdits.saving(() -> sessions.saveAndFlush(session));
        events.publishEvent(new SessionCancelled(sessionId, why));
    }

    /**
     * Cancels this session and every later one of its series (for a course: the rest of the course). Returns how
     * many were cancelled.
     */
    @Transactional
    public int cancelRestOfSeries(long sessionId, long version, String reason) {
        String why = cancelReason(reason);
        Session chosen = sessions.findForUpdate(sessionId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(chosen.getVersion(), version);
        if (chosen.getSeriesId() == null) {
            throw InvalidInput.form("schedule.session.notInSeries");
        }
        List<Session> rest = new ArrayList<>();
        if (chosen.getStatus() == SessionStatus.SCHEDULED) {
            rest.add(chosen);
        }
        sessions.laterInSeriesForUpdate(chosen.getSeriesId(), chosen.getStartsAt(), SessionStatus.SCHEDULED).stream()
                .filter(s -> !s.getId().equals(chosen.getId())).forEach(rest::add);
        for (Session session : rest) {
            session.cancel(why);
        }
        OptimisticEdits.saving(() -> {
            sessions.flush();
            return null;
        });
        rest.forEach(session -> events.publishEvent(new SessionCancelled(session.getId(), why, true)));
        return rest.size();
    }

    private static String cancelReason(String reason) {
        String why = reason == null ? "" : PlainText.lines(reason).strip();
        if (why.isEmpty()) {
            throw InvalidInput.field("reason", "schedule.cancel.reasonRequired");
        }
        if (why.length() > 500) {
            throw InvalidInput.field("reason", "schedule.cancel.reasonTooLong");
        }
        return why;
    }

    private Session lockedForEdit(SessionEdit edit) {
        Session session = sessions.findForUpdate(edit.sessionId())
                .orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(session.getVersion(), edit.version());
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw InvalidInput.form("schedule.session.cancelled");
        }
        return session;
    }

    /** Checks and applies new values to a session; returns what changed, ready to publish. */
    private SessionChanged apply(Session session, @Nullable LocalDateTime startAt, @Nullable LocalDateTime endAt,
            @Nullable Long roomId, @Nullable Long instructorId, @Nullable Integer capacity) {
        WorkshopView workshop = rules.requireWorkshop(session.getWorkshopId());
        RoomView room = rules.requireRoom(roomId);
        InstructorSummary instructor = rules.requireInstructor(instructorId);
        if (startAt == null) {
            throw InvalidInput.field("start", "schedule.start.required");
        }
        Instant start = startAt.atZone(rules.zone()).toInstant();
        if (!start.equals(session.getStartsAt())) {
            rules.start(startAt);
        }
        Instant end = rules.end(start, endAt, workshop);
        int seats = rules.capacity(capacity == null ? session.getCapacity() : capacity, workshop, room,
                session.getBookedSeats());
        rules.noClash(session.getId(), start, end, room, instructor);
        Set<Change> changes = EnumSet.noneOf(Change.class);
        List<FieldChange> fields = new ArrayList<>();
        if (!start.equals(session.getStartsAt()) || !end.equals(session.getEndsAt())) {
            changes.add(Change.TIME);
            fields.add(FieldChange.of("start", session.getStartsAt(), start));
            fields.add(FieldChange.of("end", session.getEndsAt(), end));
        }
        if (room.id() != session.getRoomId()) {
            changes.add(Change.ROOM);
            fields.add(FieldChange.of("room", session.getRoomId(), room.id()));
        }
        if (instructor.id() != session.getInstructorId()) {
            changes.add(Change.INSTRUCTOR);
            fields.add(FieldChange.of("instructor", session.getInstructorId(), instructor.id()));
        }
        if (seats != session.getCapacity()) {
            changes.add(Change.CAPACITY);
            fields.add(FieldChange.of("capacity", session.getCapacity(), seats));
        }
        SessionChanged changed = new SessionChanged(session.getId(), changes,
                fields.stream().filter(f -> !Objects.equals(f.before(), f.after())).toList());
        place(session, start, end, room, instructor, seats);
        return changed;
    }

    private int publishIfChanged(SessionChanged changed) {
        if (changed.changes().isEmpty()) {
            return 0;
        }
        events.publishEvent(changed);
        return 1;
    }

    private static void place(Session session, Instant start, Instant end, RoomView room, InstructorSummary instructor,
            int capacity) {
        session.setStartsAt(start);
        session.setEndsAt(end);
        session.setRoomId(room.id());
        session.setInstructorId(instructor.id());
        session.setCapacity(capacity);
    }

    private TimetableQuery.Criteria criteria(TimetableFilter filter) {
        TimetableFilter f = filter == null ? TimetableFilter.upcoming() : filter;
        Instant from = f.from() == null ? time.now() : f.from().atStartOfDay(rules.zone()).toInstant();
        Instant to = f.to() == null ? null : f.to().plusDays(1).atStartOfDay(rules.zone()).toInstant();
        return new TimetableQuery.Criteria(from, to, f.craftId(), f.level(), f.freeSeatsOnly(), f.text(),
                f.includeCancelled());
    }
}

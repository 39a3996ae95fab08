package kz.sheber.schedule;

import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
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
import kz.sheber.base.FieldChange;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.OptimisticEdits;
import kz.sheber.base.PlainText;
import kz.sheber.base.Roles;
import kz.sheber.base.db.RetryOnConflict;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.RoomDetails;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.SessionChanged.Change;
import kz.sheber.schedule.domain.Session;
import kz.sheber.schedule.domain.SessionRepository;
import kz.sheber.schedule.domain.SessionSeries;
import kz.sheber.schedule.domain.SessionSeriesRepository;
import kz.sheber.schedule.domain.SessionStatus;
import kz.sheber.schedule.domain.TimetableQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's planning: one-off sessions and weekly series, changing one session or the rest of a series, offering a
 * series as a course, cancelling with a reason. Everything here is for admins; the timetable everyone reads is
 * {@link TimetableService}.
 */
@Service
@RolesAllowed(Roles.ADMIN)
public class PlanningService {

    private final SessionRepository sessions;
    private final SessionSeriesRepository series;
    private final TimetableQuery timetable;
    private final SessionRules rules;
    private final ApplicationEventPublisher events;
    private final CentreTime time;

    PlanningService(
            SessionRepository sessions,
            SessionSeriesRepository series,
            TimetableQuery timetable,
            SessionRules rules,
            ApplicationEventPublisher events,
            CentreTime time) {
        this.sessions = sessions;
        this.series = series;
        this.timetable = timetable;
        this.rules = rules;
        this.events = events;
        this.time = time;
    }

    /** Offers a series as a course on these terms, or (null) as drop-in classes again. */
    @Transactional
    public void offerAsCourse(long seriesId, long version, @Nullable CourseTerms terms) {
        SessionSeries planned = series.findById(seriesId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(planned.getVersion(), version);
        if (terms != null) {
            terms.check();
        }
        planned.offerAsCourse(
                terms != null, terms != null && terms.dropIn(), terms == null ? 2 : terms.enrolUntilDate());
        OptimisticEdits.saving(() -> series.saveAndFlush(planned));
    }

    /** The series' version and course terms, for the dialog that edits them; empty for a session not in a series. */
    @Transactional(readOnly = true)
    public Optional<SeriesOffer> seriesOffer(long seriesId) {
        return series.findById(seriesId)
                .map(s -> new SeriesOffer(
                        s.getId(),
                        s.getVersion(),
                        s.isCourse() ? new CourseTerms(s.isDropIn(), s.getEnrolUntilDate()) : null));
    }

    @Transactional
    @RetryOnConflict
    public SessionCard createSession(NewSession form) {
        WorkshopDetails workshop = rules.requireWorkshop(form.workshopId());
        RoomDetails room = rules.requireRoom(form.roomId());
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
        WorkshopDetails workshop = rules.requireWorkshop(plan.workshopId());
        RoomDetails room = rules.requireRoom(plan.roomId());
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
        SessionSeries planned = new SessionSeries(
                workshop.id(),
                plan.weekdays(),
                plan.firstDate(),
                plan.lastDate(),
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
        SeriesCreated created = new SeriesCreated(
                planned.getId(),
                slots.size(),
                planned.getSkippedDates().stream().sorted().toList());
        events.publishEvent(created);
        return created;
    }

    /** Changes one session; in a series it is then "edited by hand" and series edits leave it alone. */
    @Transactional
    @RetryOnConflict
    public void editSession(SessionEdit edit) {
        Session session = lockedForEdit(edit);
        SessionChanged changed =
                apply(session, edit.start(), edit.end(), edit.roomId(), edit.instructorId(), edit.capacity());
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
        List<Session> later =
                sessions.laterInSeriesForUpdate(chosen.getSeriesId(), chosen.getStartsAt(), SessionStatus.SCHEDULED);
        int changed = publishIfChanged(
                apply(chosen, edit.start(), edit.end(), edit.roomId(), edit.instructorId(), edit.capacity()));
        LocalTime startTime = Objects.requireNonNull(edit.start()).toLocalTime(); // apply refused a missing one
        Duration length = Duration.between(chosen.getStartsAt(), chosen.getEndsAt());
        for (Session session : later) {
            if (session.isEditedByHand() || session.getId().equals(chosen.getId())) {
                continue;
            }
            LocalDateTime start =
                    session.getStartsAt().atZone(rules.zone()).toLocalDate().atTime(startTime);
            changed += publishIfChanged(
                    apply(session, start, start.plus(length), edit.roomId(), edit.instructorId(), edit.capacity()));
        }
        int sessionsChanged = changed;
        series.findById(chosen.getSeriesId()).ifPresent(s -> {
            List<FieldChange> fields = Stream.of(
                            FieldChange.of("start_time", s.getStartTime(), startTime),
                            FieldChange.of("minutes", s.getMinutes(), length.toMinutes()),
                            FieldChange.of("room", s.getRoomId(), chosen.getRoomId()),
                            FieldChange.of("instructor", s.getInstructorId(), chosen.getInstructorId()),
                            FieldChange.of("capacity", s.getCapacity(), chosen.getCapacity()))
                    .filter(f -> !Objects.equals(f.before(), f.after()))
                    .toList();
            s.plan(
                    startTime,
                    (int) length.toMinutes(),
                    chosen.getRoomId(),
                    chosen.getInstructorId(),
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
        Session session =
                sessions.findForUpdate(sessionId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
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
        Session chosen =
                sessions.findForUpdate(sessionId).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(chosen.getVersion(), version);
        if (chosen.getSeriesId() == null) {
            throw InvalidInput.form("schedule.session.notInSeries");
        }
        List<Session> rest = new ArrayList<>();
        if (chosen.getStatus() == SessionStatus.SCHEDULED) {
            rest.add(chosen);
        }
        sessions.laterInSeriesForUpdate(chosen.getSeriesId(), chosen.getStartsAt(), SessionStatus.SCHEDULED).stream()
                .filter(s -> !s.getId().equals(chosen.getId()))
                .forEach(rest::add);
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
        Session session =
                sessions.findForUpdate(edit.sessionId()).orElseThrow(() -> InvalidInput.form("schedule.session.gone"));
        OptimisticEdits.check(session.getVersion(), edit.version());
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw InvalidInput.form("schedule.session.cancelled");
        }
        return session;
    }

    /** Checks and applies new values to a session; returns what changed, ready to publish. */
    private SessionChanged apply(
            Session session,
            @Nullable LocalDateTime startAt,
            @Nullable LocalDateTime endAt,
            @Nullable Long roomId,
            @Nullable Long instructorId,
            @Nullable Integer capacity) {
        WorkshopDetails workshop = rules.requireWorkshop(session.getWorkshopId());
        RoomDetails room = rules.requireRoom(roomId);
        InstructorSummary instructor = rules.requireInstructor(instructorId);
        if (startAt == null) {
            throw InvalidInput.field("start", "schedule.start.required");
        }
        Instant start = startAt.atZone(rules.zone()).toInstant();
        if (!start.equals(session.getStartsAt())) {
            rules.start(startAt);
        }
        Instant end = rules.end(start, endAt, workshop);
        int seats = rules.capacity(
                capacity == null ? session.getCapacity() : capacity, workshop, room, session.getBookedSeats());
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
        SessionChanged changed = new SessionChanged(
                session.getId(),
                changes,
                fields.stream()
                        .filter(f -> !Objects.equals(f.before(), f.after()))
                        .toList());
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

    private static void place(
            Session session, Instant start, Instant end, RoomDetails room, InstructorSummary instructor, int capacity) {
        session.setStartsAt(start);
        session.setEndsAt(end);
        session.setRoomId(room.id());
        session.setInstructorId(instructor.id());
        session.setCapacity(capacity);
    }
}

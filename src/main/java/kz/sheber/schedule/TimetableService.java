package kz.sheber.schedule;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.base.time.CentreTime;
import kz.sheber.catalogue.CatalogueService;
import kz.sheber.catalogue.WorkshopDetails;
import kz.sheber.schedule.domain.Session;
import kz.sheber.schedule.domain.SessionRepository;
import kz.sheber.schedule.domain.SessionSeries;
import kz.sheber.schedule.domain.SessionSeriesRepository;
import kz.sheber.schedule.domain.TimetableQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedule as everyone reads it: the timetable, one session's page, courses and their dates. Public reads;
 * the one stricter method ({@link #taughtBy}) says so itself. Staff change the schedule through
 * {@link PlanningService}.
 */
@Service
@PermitAll
public class TimetableService {

    private final SessionRepository sessions;
    private final SessionSeriesRepository series;
    private final TimetableQuery timetable;
    private final SessionRules rules;
    private final CatalogueService catalogue;
    private final CentreTime time;
    private final ResidentDirectory people;

    TimetableService(
            SessionRepository sessions,
            SessionSeriesRepository series,
            TimetableQuery timetable,
            SessionRules rules,
            CatalogueService catalogue,
            CentreTime time,
            ResidentDirectory people) {
        this.sessions = sessions;
        this.series = series;
        this.timetable = timetable;
        this.rules = rules;
        this.catalogue = catalogue;
        this.time = time;
        this.people = people;
    }

    /** A page of the timetable in start order; {@code limit} is capped at 500. */
    @Transactional(readOnly = true)
    public List<SessionCard> upcoming(TimetableFilter filter, int offset, int limit) {
        return timetable.page(criteria(filter), offset, Math.min(Math.max(limit, 0), 500));
    }

    @Transactional(readOnly = true)
    public int count(TimetableFilter filter) {
        return timetable.count(criteria(filter));
    }

    /** The next scheduled sessions of one workshop, for its page; {@code limit} is capped at 500. */
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
        return timetable.ofInstructor(
                instructorId,
                from.atStartOfDay(rules.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(rules.zone()).toInstant(),
                500);
    }

    /** Just the timetable line of one session (one query), for callers that need no workshop or room details. */
    @Transactional(readOnly = true)
    public Optional<SessionCard> card(long id) {
        return timetable.one(id);
    }

    @Transactional(readOnly = true)
    public Optional<SessionDetails> session(long id) {
        return timetable
                .one(id)
                .map(card -> new SessionDetails(
                        card,
                        sessions.findById(id).map(Session::getCancelReason).orElse(null),
                        catalogue.workshop(card.workshopId()).orElseThrow(),
                        catalogue.room(card.roomId()).orElseThrow()));
    }

    /** A series offered as a course, with all its dates; empty when there is no such series or it is no course. */
    @Transactional(readOnly = true)
    public Optional<CourseSeries> course(long seriesId) {
        return series.findById(seriesId).filter(SessionSeries::isCourse).map(this::course);
    }

    /** Courses that still have a date to come, soonest first; {@code limit} is capped at 200. */
    @Transactional(readOnly = true)
    public List<CourseSeries> upcomingCourses(int limit) {
        return series.runningCourses(time.now()).stream()
                .limit(Math.min(Math.max(limit, 0), 200))
                .map(id -> series.findById(id).orElseThrow())
                .map(this::course)
                .toList();
    }

    /** False for a date of a course that takes no drop-ins: its seats are sold only by enrolling in the course. */
    @Transactional(readOnly = true)
    public boolean dropInAllowed(long sessionId) {
        return series.courseOnly(sessionId) == 0;
    }

    private CourseSeries course(SessionSeries s) {
        WorkshopDetails workshop = catalogue.workshop(s.getWorkshopId()).orElseThrow();
        return new CourseSeries(
                s.getId(),
                s.getWorkshopId(),
                workshop.title(),
                s.getInstructorId(),
                s.getCapacity(),
                s.getWeekdays(),
                s.getStartTime(),
                new CourseTerms(s.isDropIn(), s.getEnrolUntilDate()),
                timetable.ofSeries(s.getId()));
    }

    private TimetableQuery.Criteria criteria(TimetableFilter filter) {
        TimetableFilter f = filter == null ? TimetableFilter.upcoming() : filter;
        Instant from = f.from() == null
                ? time.now()
                : f.from().atStartOfDay(rules.zone()).toInstant();
        Instant to = f.to() == null
                ? null
                : f.to().plusDays(1).atStartOfDay(rules.zone()).toInstant();
        return new TimetableQuery.Criteria(
                from, to, f.craftId(), f.level(), f.freeSeatsOnly(), f.text(), f.includeCancelled());
    }
}

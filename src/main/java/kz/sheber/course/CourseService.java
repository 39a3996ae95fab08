package kz.sheber.course;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.sheber.account.ResidentContact;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.base.Actor;
import kz.sheber.base.InvalidInput;
import kz.sheber.base.Roles;
import kz.sheber.booking.BookingSettings;
import kz.sheber.booking.CourseSeats;
import kz.sheber.booking.CourseSeats.CourseDate;
import kz.sheber.course.CourseDateState.Status;
import kz.sheber.course.domain.Enrolment;
import kz.sheber.course.domain.EnrolmentRepository;
import kz.sheber.course.domain.EnrolmentStatus;
import kz.sheber.roster.Attendance;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses' public face. Everyone reads a course's offer; residents enrol, join the waiting list, miss a date and
 * leave for themselves; staff do the same at the desk for anyone; the instructor and staff read the register.
 * Each change is one short transaction (booking's, retried after a deadlock) under the course's lock.
 */
@Service
public class CourseService {

    private final Enrolments rules;
    private final CourseSeats seats;
    private final EnrolmentRepository enrolments;
    private final TimetableService schedule;
    private final ResidentDirectory residents;
    private final BookingSettings booking;
    private final Clock clock;
    private final RegisterReads register;

    CourseService(
            Enrolments rules,
            CourseSeats seats,
            EnrolmentRepository enrolments,
            TimetableService schedule,
            ResidentDirectory residents,
            BookingSettings booking,
            Clock clock,
            RegisterReads register) {
        this.register = register;
        this.rules = rules;
        this.seats = seats;
        this.enrolments = enrolments;
        this.schedule = schedule;
        this.residents = residents;
        this.booking = booking;
        this.clock = clock;
    }

    /** A course as one offer, to anyone; {@code mine} only for a signed-in person. Empty: no such course. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<CourseOffer> offer(long seriesId) {
        return schedule.course(seriesId)
                .map(course -> offer(
                        course,
                        residents
                                .signedInId()
                                .flatMap(me -> enrolments.live(seriesId, me))
                                .map(e -> mine(e, course))));
    }

    /** Courses with dates to come, as offers without the reader's enrolment, soonest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CourseOffer> upcoming(int limit) {
        return schedule.upcomingCourses(limit).stream()
                .map(c -> offer(c, Optional.empty()))
                .toList();
    }

    /** Enrols the signed-in resident for every remaining date, or puts them on the waiting list if they asked. */
    @RolesAllowed(Roles.RESIDENT)
    public MyEnrolment enrol(long seriesId, int seatCount, boolean waitIfFull) {
        long me = residents.requireSignedInId();
        ResidentContact contact = residents.contact(me).orElseThrow(() -> InvalidInput.form("course.gone"));
        if (!contact.emailVerified()) {
            throw InvalidInput.form("booking.verifyFirst");
        }
        return answer(
                seats.transaction(() -> rules.enrol(me, seriesId, seatCount, waitIfFull, new Actor.Resident(me))));
    }

    /** Leaves the course (every remaining date) or its waiting list. */
    @RolesAllowed(Roles.RESIDENT)
    public MyEnrolment leave(long enrolmentId) {
        long me = residents.requireSignedInId();
        return answer(seats.transaction(() -> rules.leave(enrolmentId, new Actor.Resident(me))));
    }

    /** "I will miss this one": frees the seat of one remaining date; the course place stays. */
    @RolesAllowed(Roles.RESIDENT)
    public MyEnrolment miss(long enrolmentId, long sessionId) {
        long me = residents.requireSignedInId();
        return answer(seats.transaction(() -> rules.miss(enrolmentId, sessionId, new Actor.Resident(me))));
    }

    /** The signed-in resident's enrolments and course waiting places, the latest first. */
    @RolesAllowed(Roles.RESIDENT)
    @Transactional(readOnly = true)
    public List<MyEnrolment> myEnrolments() {
        return enrolmentsOf0(residents.requireSignedInId());
    }

    /** Staff enrol a resident who phoned or came to the desk; they get the same emails if they have an address. */
    @RolesAllowed(Roles.ADMIN)
    public MyEnrolment enrolAtDesk(long personId, long seriesId, int seatCount, boolean waitIfFull) {
        residents.contact(personId).orElseThrow(() -> InvalidInput.form("booking.person.gone"));
        Actor staff = new Actor.Staff(residents.requireSignedInId());
        return answer(seats.transaction(() -> rules.enrol(personId, seriesId, seatCount, waitIfFull, staff)));
    }

    @RolesAllowed(Roles.ADMIN)
    public MyEnrolment leaveAtDesk(long enrolmentId) {
        Actor staff = new Actor.Staff(residents.requireSignedInId());
        return answer(seats.transaction(() -> rules.leave(enrolmentId, staff)));
    }

    /**
     * For erasure: the person leaves every course and course waiting list they are in, each as a leave at the desk
     * would (the freed seats promote the next in line), before their bookings are cancelled. Returns how many.
     */
    @PermitAll // the person themselves, staff, or the retention job: checked first thing
    public int leaveAllOf(long personId) {
        residents.requireSelfStaffOrJob(personId);
        List<MyEnrolment> live =
                enrolmentsOf0(personId).stream().filter(MyEnrolment::live).toList();
        Actor by = Actor.onRecordOf(personId, residents.signedInId());
        live.forEach(e -> seats.transaction(() -> rules.leave(e.enrolmentId(), by)));
        return live.size();
    }

    @RolesAllowed(Roles.ADMIN)
    public MyEnrolment missAtDesk(long enrolmentId, long sessionId) {
        Actor staff = new Actor.Staff(residents.requireSignedInId());
        return answer(seats.transaction(() -> rules.miss(enrolmentId, sessionId, staff)));
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<MyEnrolment> enrolmentsOf(long personId) {
        return enrolmentsOf0(personId);
    }

    /** The course's register: each participant against every date; for its instructor and for staff. */
    @RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN})
    @Transactional(readOnly = true)
    public CourseRegister register(long seriesId) {
        CourseSeries course = schedule.course(seriesId).orElseThrow(() -> InvalidInput.form("course.gone"));
        if (!residents.signedInIsSelfOrStaff(course.instructorId())) {
            throw new AccessDeniedException("not this instructor's course");
        }
        List<Enrolment> list = new ArrayList<>(enrolments.everEnrolledIn(seriesId));
        List<Enrolment> waiting = enrolments.liveIn(seriesId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITING)
                .toList();
        list.addAll(waiting);
        Map<Long, List<CourseDate>> dates =
                seats.dates(list.stream().map(Enrolment::getId).toList());
        Instant now = clock.instant();
        Map<Long, Attendance> attendance = register.attendance(course.dates());
        List<CourseRegister.Row> rows = list.stream()
                .map(e -> {
                    Map<Long, CourseDate> bySession = new HashMap<>();
                    dates.getOrDefault(e.getId(), List.of())
                            .forEach(d -> bySession.merge(d.sessionId(), d, (a, b) -> a.held() ? a : b));
                    List<CourseRegister.Cell> cells = course.dates().stream()
                            .map(d -> RegisterReads.cell(d, bySession.get(d.id()), attendance, now))
                            .toList();
                    return new CourseRegister.Row(
                            e.getId(),
                            e.getPersonId(),
                            residents
                                    .contact(e.getPersonId())
                                    .map(ResidentContact::fullName)
                                    .orElse(""),
                            e.getSeats(),
                            EnrolmentState.valueOf(e.getStatus().name()),
                            cells);
                })
                .toList();
        return new CourseRegister(seriesId, course.workshopTitle(), course.dates(), rows);
    }

    private List<MyEnrolment> enrolmentsOf0(long personId) {
        return enrolments.ofPerson(personId).stream()
                .map(e -> schedule.course(e.getSeriesId()).map(course -> mine(e, course)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((MyEnrolment m) -> !m.live()))
                .toList();
    }

    private MyEnrolment answer(Enrolment enrolment) {
        CourseSeries course = schedule.course(enrolment.getSeriesId()).orElseThrow();
        return mine(enrolments.findById(enrolment.getId()).orElseThrow(), course);
    }

    private CourseOffer offer(CourseSeries course, Optional<MyEnrolment> mine) {
        List<SessionCard> on = course.scheduledDates();
        List<SessionCard> shown = on.isEmpty() ? course.dates() : on;
        return new CourseOffer(
                course.seriesId(),
                course.workshopId(),
                course.instructorId(),
                course.workshopTitle(),
                shown.getFirst().startsAt(),
                shown.getLast().startsAt(),
                on.size(),
                CourseRules.remaining(course, clock.instant()).size(),
                course.weekdays(),
                course.startTime(),
                course.capacity(),
                CourseRules.seatsLeft(course, enrolments.enrolledSeats(course.seriesId()), clock.instant()),
                booking.maxSeats(),
                CourseRules.availability(course, clock.instant()),
                CourseRules.enrolUntil(course),
                course.terms().dropIn(),
                course.dates(),
                mine);
    }

    private MyEnrolment mine(Enrolment e, CourseSeries course) {
        return mine(e, course, seats.dates(e.getId()));
    }

    private MyEnrolment mine(Enrolment e, CourseSeries course, List<CourseDate> booked) {
        Map<Long, CourseDate> bySession = new HashMap<>();
        booked.forEach(d -> bySession.merge(d.sessionId(), d, (a, b) -> a.held() ? a : b));
        List<CourseDateState> dates = course.dates().stream()
                .map(d -> {
                    CourseDate b = bySession.get(d.id());
                    Status status = d.cancelled()
                            ? Status.CANCELLED
                            : b == null
                                    ? Status.NOT_BOOKED
                                    : b.held() ? Status.HELD : b.missedByNotice() ? Status.MISSED : Status.NOT_BOOKED;
                    return new CourseDateState(d.id(), d.startsAt(), d.endsAt(), d.roomName(), status);
                })
                .toList();
        int place =
                e.getStatus() == EnrolmentStatus.WAITING ? enrolments.placeInLine(e.getSeriesId(), e.getArrival()) : 0;
        String name = residents
                .contact(e.getPersonId())
                .map(ResidentContact::fullName)
                .orElse("");
        return new MyEnrolment(
                e.getId(),
                e.getSeriesId(),
                course.workshopTitle(),
                e.getSeats(),
                EnrolmentState.valueOf(e.getStatus().name()),
                place,
                dates,
                name);
    }
}

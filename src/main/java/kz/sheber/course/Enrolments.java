package kz.sheber.course;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kz.sheber.base.Actor;
import kz.sheber.base.InvalidInput;
import kz.sheber.booking.BookingSettings;
import kz.sheber.booking.CourseSeats;
import kz.sheber.course.EnrolmentChanged.Step;
import kz.sheber.course.domain.CourseLocks;
import kz.sheber.course.domain.Enrolment;
import kz.sheber.course.domain.EnrolmentRepository;
import kz.sheber.course.domain.EnrolmentStatus;
import kz.sheber.schedule.CourseSeries;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.TimetableService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course rules, each inside a caller's transaction and under the course's lock row (taken first, then the
 * dates' session rows in id order through {@link CourseSeats}), so one course's enrolments, leaves and
 * promotions happen one after another on every app instance. The course's capacity (the series') is counted
 * from the active enrolments under that lock; each date's seats are counted by the booking feature.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Enrolments {

    private final CourseLocks locks;
    private final EnrolmentRepository enrolments;
    private final CourseSeats seats;
    private final TimetableService schedule;
    private final BookingSettings booking;
    private final CourseMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enrolments(
            CourseLocks locks,
            EnrolmentRepository enrolments,
            CourseSeats seats,
            TimetableService schedule,
            BookingSettings booking,
            CourseMails mails,
            ApplicationEventPublisher events,
            Clock clock) {
        this.locks = locks;
        this.enrolments = enrolments;
        this.seats = seats;
        this.schedule = schedule;
        this.booking = booking;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    Enrolment enrol(long personId, long seriesId, int seatCount, boolean waitIfFull, Actor by) {
        if (!by.reaches(personId)) {
            throw new IllegalArgumentException("a resident enrols only themselves");
        }
        if (seatCount < 1 || seatCount > booking.maxSeats()) {
            throw InvalidInput.field("seats", "booking.seats.range");
        }
        CourseSeries course = schedule.course(seriesId).orElseThrow(() -> InvalidInput.form("course.gone"));
        locks.lock(seriesId);
        switch (CourseRules.availability(course, clock.instant())) {
            case OPEN -> {}
            case CLOSED -> throw InvalidInput.form("course.closed");
            case CANCELLED -> throw InvalidInput.form("course.cancelled");
        }
        if (enrolments.liveLocked(seriesId, personId).isPresent()) {
            throw InvalidInput.form("course.already");
        }
        Enrolment enrolment =
                new Enrolment(seriesId, personId, seatCount, enrolments.nextArrival(seriesId), clock.instant(), by);
        enrolments.saveAndFlush(enrolment);
        if (tryToSeat(course, enrolment)) {
            mails.enrolled(enrolment, course, false);
            changed(enrolment, Step.ENROLLED, null, by.forSomeoneElse());
        } else if (waitIfFull) {
            mails.waiting(enrolment, course, enrolments.placeInLine(seriesId, enrolment.getArrival()));
            changed(enrolment, Step.JOINED_WAITING_LIST, null, by.forSomeoneElse());
        } else {
            // Thrown, so the waiting row saved above rolls back with everything else
            throw InvalidInput.field(
                    "seats",
                    CourseRules.seatsLeft(course, enrolledSeats(seriesId), clock.instant()) == 0
                            ? "course.full"
                            : "course.notEnoughSeats");
        }
        return enrolment;
    }

    /** Leaves the course (every remaining date is freed) or its waiting list; the freed place moves on at once. */
    Enrolment leave(long enrolmentId, Actor by) {
        Enrolment enrolment = locked(enrolmentId, by);
        CourseSeries course =
                schedule.course(enrolment.getSeriesId()).orElseThrow(() -> InvalidInput.form("course.gone"));
        boolean held = enrolment.getStatus() == EnrolmentStatus.ACTIVE;
        if (held) {
            seats.release(
                    enrolment.getId(), ids(CourseRules.remaining(course, clock.instant())), false, by.forSomeoneElse());
        }
        enrolment.leave(clock.instant());
        enrolments.saveAndFlush(enrolment);
        if (held) {
            mails.left(enrolment, course);
        }
        changed(enrolment, held ? Step.LEFT : Step.LEFT_WAITING_LIST, null, by.forSomeoneElse());
        promote(course);
        return enrolment;
    }

    /** "I will miss this one": that one date's seat is freed; the course place stays. */
    Enrolment miss(long enrolmentId, long sessionId, Actor by) {
        Enrolment enrolment = locked(enrolmentId, by);
        if (enrolment.getStatus() != EnrolmentStatus.ACTIVE) {
            throw InvalidInput.form("course.notEnrolled");
        }
        CourseSeries course =
                schedule.course(enrolment.getSeriesId()).orElseThrow(() -> InvalidInput.form("course.gone"));
        boolean remaining =
                CourseRules.remaining(course, clock.instant()).stream().anyMatch(d -> d.id() == sessionId);
        if (!remaining) {
            throw InvalidInput.form("course.dateStarted");
        }
        if (seats.release(enrolment.getId(), List.of(sessionId), true, by.forSomeoneElse()) == 0) {
            throw InvalidInput.form("course.dateNotHeld");
        }
        changed(enrolment, Step.MISSED_DATE, sessionId, by.forSomeoneElse());
        return enrolment;
    }

    /**
     * Moves waiting enrolments into the course, earliest first, each only if its whole group fits on every
     * remaining date; one that does not fit keeps its place and later, smaller ones may go ahead.
     */
    void promote(CourseSeries course) {
        if (CourseRules.availability(course, clock.instant()) != CourseOffer.Availability.OPEN) {
            return;
        }
        for (Enrolment waiting : enrolments.waitingLocked(course.seriesId())) {
            if (tryToSeat(course, waiting)) {
                mails.enrolled(waiting, course, true);
                changed(waiting, Step.PROMOTED, null, false);
            }
        }
    }

    /**
     * Every remaining date was called off: the enrolments and the waiting list end (the dates' bookings ended with
     * each date). {@code tell}: the whole rest went at once, so each participant gets one mail for the course.
     */
    void courseCancelled(long seriesId, String reason, boolean tell) {
        CourseSeries course = schedule.course(seriesId).orElse(null);
        if (course == null || !CourseRules.remaining(course, clock.instant()).isEmpty()) {
            return;
        }
        locks.lock(seriesId);
        for (Enrolment enrolment : enrolments.liveInLocked(seriesId)) {
            boolean held = enrolment.getStatus() == EnrolmentStatus.ACTIVE;
            enrolment.end(clock.instant());
            enrolments.saveAndFlush(enrolment);
            if (tell) {
                mails.cancelled(enrolment, course, reason, held);
            }
            changed(enrolment, Step.ENDED_WITH_COURSE, null, true);
        }
    }

    /** The course's capacity or a date's may have grown: the course's waiting list moves up if it now fits. */
    void capacityChanged(long seriesId) {
        locks.lock(seriesId);
        schedule.course(seriesId).ifPresent(this::promote);
    }

    /** Seats the enrolment on every remaining date if its group fits the course and each date; all or none. */
    private boolean tryToSeat(CourseSeries course, Enrolment enrolment) {
        List<SessionCard> remaining = CourseRules.remaining(course, clock.instant());
        if (enrolledSeats(course.seriesId()) + enrolment.getSeats() > course.capacity()
                || !seats.take(
                        enrolment.getId(),
                        enrolment.getPersonId(),
                        enrolment.getSeats(),
                        ids(remaining),
                        enrolment.enrolledBy())) {
            return false;
        }
        enrolment.enrol(clock.instant());
        enrolments.saveAndFlush(enrolment);
        return true;
    }

    /** Active seats, counted under the course's lock (the lock makes this read the latest committed). */
    private int enrolledSeats(long seriesId) {
        return enrolments.enrolledSeats(seriesId);
    }

    /** Locks the course first (the one lock order), then reads the enrolment; someone else's looks like none. */
    private Enrolment locked(long enrolmentId, Actor by) {
        Enrolment peek = enrolments.findById(enrolmentId).orElseThrow(() -> InvalidInput.form("course.notEnrolled"));
        locks.lock(peek.getSeriesId());
        Enrolment enrolment = enrolments.findLocked(enrolmentId).orElseThrow();
        if (!by.reaches(enrolment.getPersonId()) || !enrolment.isLive()) {
            throw InvalidInput.form("course.notEnrolled");
        }
        return enrolment;
    }

    private static List<Long> ids(List<SessionCard> dates) {
        return dates.stream().map(SessionCard::id).toList();
    }

    private void changed(Enrolment e, Step step, @Nullable Long sessionId, boolean byStaff) {
        events.publishEvent(new EnrolmentChanged(
                e.getId(), e.getSeriesId(), e.getPersonId(), step, e.isLive() ? e.getSeats() : 0, sessionId, byStaff));
    }

    Instant now() {
        return clock.instant();
    }
}

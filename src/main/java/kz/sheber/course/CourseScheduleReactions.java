package kz.sheber.course;

import kz.sheber.schedule.SessionCancelled;
import kz.sheber.schedule.SessionCard;
import kz.sheber.schedule.SessionChanged;
import kz.sheber.schedule.TimetableService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the schedule after commit, in a transaction of its own, so the schedule's transaction never waits for
 * a course's lock: once no date of a course remains (its bookings, course seats included, ended with each date),
 * its enrolments and waiting list end too; when its dates got more seats, its waiting list moves up.
 */
@Component
class CourseScheduleReactions {

    private final Enrolments rules;
    private final TimetableService schedule;

    CourseScheduleReactions(Enrolments rules, TimetableService schedule) {
        this.rules = rules;
        this.schedule = schedule;
    }

    /** More seats on a course's dates (staff raised the series' capacity): the course's waiting list moves up. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SessionChanged event) {
        if (event.changes().contains(SessionChanged.Change.CAPACITY)) {
            schedule.card(event.sessionId())
                    .map(SessionCard::seriesId)
                    .filter(series -> schedule.course(series).isPresent())
                    .ifPresent(rules::capacityChanged);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SessionCancelled event) {
        schedule.card(event.sessionId())
                .map(SessionCard::seriesId)
                .ifPresent(series -> rules.courseCancelled(series, event.reason(), event.withSeries()));
    }
}

package kz.sheber.course;

import kz.sheber.schedule.ScheduleService;
import kz.sheber.schedule.SessionCancelled;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * After the centre calls off a date (its bookings, course seats included, ended in the same transaction): once
 * no date of the course remains, its enrolments and waiting list end too. After commit, in a transaction of its
 * own, so the schedule's transaction never waits for a course's lock.
 */
@Component
class CourseScheduleReactions {

    private final Enrolments rules;
    private final ScheduleService schedule;

    CourseScheduleReactions(Enrolments rules, ScheduleService schedule) {
        this.rules = rules;
        this.schedule = schedule;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SessionCancelled event) {
        schedule.card(event.sessionId()).map(kz.sheber.schedule.SessionCard::seriesId)
                .ifPresent(series -> rules.courseCancelled(series, event.reason(), event.withSeries()));
    }
}

package kz.sheber.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.FieldChange;
import kz.sheber.course.EnrolmentChanged;
import kz.sheber.course.EnrolmentChanged.Step;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every step of a course enrolment: enrolled, waiting, promoted, a date missed by notice, left, ended with the
 * course. Recorded against the course's series; the dates' seats are the course's, so no booking entry is made.
 */
@Component
class CourseAudit {

    static final String SERIES = "SERIES";
    static final List<String> ACTIONS =
            Arrays.stream(Step.values()).map(CourseAudit::action).toList();

    private final AuditRecorder recorder;

    CourseAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(EnrolmentChanged change) {
        AuditRecorder.Entry entry = recorder.entry(action(change.step()), SERIES, change.seriesId())
                .channel(
                        change.step() == Step.PROMOTED || change.step() == Step.ENDED_WITH_COURSE
                                ? "SYSTEM"
                                : change.byStaff() ? "DESK" : "ONLINE")
                .subject(change.personId())
                .session(change.sessionId())
                .changes(List.of(FieldChange.of("seats", null, change.seats() == 0 ? null : change.seats())));
        if (change.step() == Step.PROMOTED) {
            entry.by(Actor.job(Actor.WAITING_LIST));
        }
        entry.record();
    }

    private static String action(Step step) {
        return "course." + step.name().toLowerCase(Locale.ROOT);
    }
}

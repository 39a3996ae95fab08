package kz.sheber.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.sheber.base.FieldChange;
import kz.sheber.schedule.SeriesChanged;
import kz.sheber.schedule.SeriesCreated;
import kz.sheber.schedule.SessionCancelled;
import kz.sheber.schedule.SessionChanged;
import kz.sheber.schedule.SessionPlanned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Planning, moving, resizing and cancelling sessions, and new series: what staff did to the timetable. */
@Component
class ScheduleAudit {

    static final String SESSION = "SESSION";
    static final String SERIES = "SERIES";
    static final List<String> ACTIONS = List.of(
            "session.planned",
            "series.created",
            "series.changed",
            "session.moved",
            "session.room_changed",
            "session.instructor_changed",
            "session.capacity_changed",
            "session.cancelled");

    private final AuditRecorder recorder;

    ScheduleAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(SessionPlanned planned) {
        recorder.entry("session.planned", SESSION, planned.sessionId())
                .session(planned.sessionId())
                .changes(
                        planned.seriesId() == null
                                ? List.of()
                                : List.of(FieldChange.of("series", null, planned.seriesId())))
                .record();
    }

    /** With the dates staff left out, so "why is there no class on the 8th of March" has its answer. */
    @EventListener
    void on(SeriesCreated created) {
        List<FieldChange> changes = new ArrayList<>(List.of(FieldChange.of("sessions", null, created.sessions())));
        if (!created.skippedDates().isEmpty()) {
            changes.add(FieldChange.of(
                    "skipped_dates",
                    null,
                    created.skippedDates().stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
        }
        recorder.entry("series.created", SERIES, created.seriesId())
                .changes(changes)
                .record();
    }

    @EventListener
    void on(SeriesChanged changed) {
        List<FieldChange> changes = new ArrayList<>(changed.fields());
        changes.add(FieldChange.of("sessions", null, changed.sessionsChanged()));
        recorder.entry("series.changed", SERIES, changed.seriesId())
                .changes(changes)
                .record();
    }

    /** One entry per kind of change (moved, capacity changed, ...), so each can be found by its action. */
    @EventListener
    void on(SessionChanged changed) {
        for (SessionChanged.Change kind : changed.changes()) {
            String action = switch (kind) {
                case TIME -> "session.moved";
                case ROOM -> "session.room_changed";
                case INSTRUCTOR -> "session.instructor_changed";
                case CAPACITY -> "session.capacity_changed";
            };
            List<String> fields = switch (kind) {
                case TIME -> List.of("start", "end");
                default -> List.of(kind.name().toLowerCase(Locale.ROOT));
            };
            recorder.entry(action, SESSION, changed.sessionId())
                    .session(changed.sessionId())
                    .changes(changed.fields().stream()
                            .filter(f -> fields.contains(f.field()))
                            .toList())
                    .record();
        }
    }

    @EventListener
    void on(SessionCancelled cancelled) {
        recorder.entry("session.cancelled", SESSION, cancelled.sessionId())
                .session(cancelled.sessionId())
                .changes(List.of(FieldChange.of("reason", null, cancelled.reason())))
                .record();
    }
}

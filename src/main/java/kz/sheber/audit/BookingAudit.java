package kz.sheber.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.sheber.base.FieldChange;
import kz.sheber.booking.BookingChanged;
import kz.sheber.booking.BookingChanged.Step;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every step of a booking's life, from every path: the resident, the desk, the door and the waiting list. */
@Component
class BookingAudit {

    static final String BOOKING = "BOOKING";
    static final List<String> ACTIONS =
            Arrays.stream(Step.values()).map(BookingAudit::action).toList();

    private final AuditRecorder recorder;

    BookingAudit(AuditRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void on(BookingChanged change) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of(
                "seats",
                change.seatsBefore() == 0 ? null : change.seatsBefore(),
                change.seats() == 0 ? null : change.seats()));
        if (change.late()) {
            changes.add(FieldChange.of("late", null, true));
        }
        AuditRecorder.Entry entry = recorder.entry(action(change.step()), BOOKING, change.reference())
                .channel(change.channel().name())
                .subject(change.personId())
                .session(change.sessionId())
                .changes(changes);
        if (change.step() == Step.PROMOTED) {
            entry.by(Actor.job(Actor.WAITING_LIST)); // whoever freed the seats, the list moved by its own rule
        }
        entry.record();
    }

    private static String action(Step step) {
        return "booking." + step.name().toLowerCase(Locale.ROOT);
    }
}

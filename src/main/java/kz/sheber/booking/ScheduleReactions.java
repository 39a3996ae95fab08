package kz.sheber.booking;

import java.util.EnumSet;
import kz.sheber.schedule.SessionCancelled;
import kz.sheber.schedule.SessionChanged;
import kz.sheber.schedule.SessionChanged.Change;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the schedule inside its own transaction, just before it commits, while it still holds the session's
 * row lock: a cancellation ends every booking and queues its mail atomically with the cancellation itself, and
 * a bigger capacity promotes from the waiting list before anyone else can take the new seats. (Modulith's
 * after-commit listeners would leave a moment when the seats were free and the mail not yet queued.)
 */
@Component
class ScheduleReactions {

    private final Seats seats;

    ScheduleReactions(Seats seats) {
        this.seats = seats;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionCancelled event) {
        seats.sessionCancelled(event.sessionId(), event.reason(), event.withSeries());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(SessionChanged event) {
        if (event.changes().stream().anyMatch(EnumSet.of(Change.TIME, Change.ROOM, Change.INSTRUCTOR)::contains)) {
            seats.sessionChanged(event.sessionId());
        }
        if (event.changes().contains(Change.CAPACITY)) {
            seats.capacityChanged(event.sessionId());
        }
    }
}

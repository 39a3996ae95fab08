package kz.sheber.schedule;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the schedule's events, in every test context alike, so tests can see what was announced. */
@Component
public class RecordedScheduleEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SessionChanged event) {
        events.add(event);
    }

    @EventListener
    void on(SessionCancelled event) {
        events.add(event);
    }

    public List<Object> all() {
        return List.copyOf(events);
    }
}

package kz.sheber.booking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.sheber.booking.BookingChanged.Step;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Bookings, cancellations, waiting-list joins and promotions as counters, counted after commit so a retried or
 * rolled-back attempt counts nothing; Prometheus turns them into rates per minute.
 */
@Component
class BookingMetrics {

    private final Map<Step, Counter> steps = new EnumMap<>(Step.class);

    BookingMetrics(MeterRegistry registry) {
        for (Step step : Step.values()) {
            steps.put(
                    step,
                    Counter.builder("sheber.booking.steps")
                            .description("Steps taken in bookings' lives, by kind")
                            .tag("step", step.name().toLowerCase(Locale.ROOT))
                            .register(registry));
        }
    }

    @TransactionalEventListener
    void count(BookingChanged change) {
        Objects.requireNonNull(steps.get(change.step())).increment(); // one counter per step
    }
}

package kz.sheber.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import kz.sheber.notification.domain.MailStatus;
import kz.sheber.notification.domain.OutboxFigures;
import kz.sheber.notification.domain.OutboxFigures.Snapshot;
import org.springframework.stereotype.Component;

/**
 * The outbox as an operator graphs it: mails per status and the age of the oldest one still waiting to go out
 * (the "outbox stuck" alert watches that). Counted by the database, so every instance reports the whole outbox;
 * one grouped query serves all gauges of a scrape.
 */
@Component
class OutboxMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private final OutboxFigures figures;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(Map.of(), null, Instant.EPOCH);

    OutboxMetrics(OutboxFigures figures, Clock clock, MeterRegistry registry) {
        this.figures = figures;
        this.clock = clock;
        Arrays.stream(MailStatus.values())
                .forEach(status -> Gauge.builder(
                                "sheber.outbox.mails",
                                this,
                                metrics -> metrics.snapshot().count(status))
                        .description("Mails in the outbox by status")
                        .tag("status", status.name().toLowerCase(Locale.ROOT))
                        .register(registry));
        Gauge.builder("sheber.outbox.oldest.waiting", this, OutboxMetrics::oldestWaitingSeconds)
                .description("Age of the oldest mail queued or being sent; 0 when none waits")
                .baseUnit("seconds")
                .register(registry);
    }

    private double oldestWaitingSeconds() {
        Instant oldest = snapshot().oldestWaiting();
        return oldest == null
                ? 0
                : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
    }

    private Snapshot snapshot() {
        Snapshot current = last;
        if (current.takenAt().plus(FRESH).isBefore(clock.instant())) {
            current = figures.snapshot(clock.instant());
            last = current;
        }
        return current;
    }
}

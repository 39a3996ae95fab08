package kz.sheber.notification;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness says "outbox worker alive" while the worker's timer keeps firing: it beats at every poll and every
 * batch. A hung SMTP call ends within its timeouts and a batch within the lease, so silence past the lease plus
 * two polls means the worker is stuck, not slow.
 */
@Component("outboxWorkerHealthIndicator")
class OutboxHeartbeat implements HealthIndicator {

    private final OutboxWorker worker;
    private final Clock clock;
    private final Duration allowedSilence;

    OutboxHeartbeat(OutboxWorker worker, MailSettings settings, Clock clock) {
        this.worker = worker;
        this.clock = clock;
        this.allowedSilence = OutboxWorker.LEASE.plus(settings.pollInterval().multipliedBy(2));
    }

    @Override
    public Health health() {
        Duration silence = Duration.between(worker.lastBeat(), clock.instant());
        return silence.compareTo(allowedSilence) <= 0
                ? Health.up().build()
                : Health.down().build();
    }
}

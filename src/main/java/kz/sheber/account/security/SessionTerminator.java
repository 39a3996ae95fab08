package kz.sheber.account.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.sheber.base.db.ConflictRetry;
import kz.sheber.base.db.UtcColumns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every open session of a person, for example when staff disable their account, on every app instance: the
 * end is written to {@code session_end} with the change that causes it, this instance ends the sessions once it
 * commits, and every instance reads the recent ends every {@code sheber.security.session-end-poll} (2 s) and ends
 * the sessions it holds. A table polled by each instance, rather than a per-person "valid from" checked on every
 * request: one indexed read per instance every two seconds instead of one per Vaadin request, and the ending goes
 * through Spring Security's session registry exactly as it does on one instance.
 */
@Component
public class SessionTerminator {

    private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);
    /** How far back a poll looks: covers a slow poll, a paused JVM and instances' clocks a little apart. */
    private static final Duration WINDOW = Duration.ofMinutes(2);

    private static final Duration KEPT = Duration.ofMinutes(10);

    private final SessionRegistry sessions;
    private final JdbcClient jdbc;
    private final Clock clock;
    /** The ends this instance has carried out, by row id, so a poll ends each person's sessions only once. */
    private final Map<Long, Instant> handled = new ConcurrentHashMap<>();

    SessionTerminator(SessionRegistry sessions, JdbcClient jdbc, Clock clock) {
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Once the caller's transaction commits, on every instance: a change that rolls back signs nobody out. Called
     * outside a transaction, the end is written and carried out at once.
     */
    public void endSessionsOfAfterCommit(long personId) {
        long id = record(personId);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            endHere(id, personId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endHere(id, personId);
            }
        });
    }

    /** Ends, on this instance, the sessions other instances ended since the last poll. */
    @Scheduled(
            fixedDelayString = "${sheber.security.session-end-poll:2s}",
            initialDelayString = "${sheber.security.session-end-poll:2s}")
    void poll() {
        Instant now = clock.instant();
        try {
            jdbc.sql("SELECT id, person_id FROM session_end WHERE ended_at >= ?")
                    .param(UtcColumns.utc(now.minus(WINDOW)))
                    .query((row, n) -> Map.entry(row.getLong(1), row.getLong(2)))
                    .list()
                    .forEach(end -> endHere(end.getKey(), end.getValue()));
            handled.values().removeIf(at -> at.isBefore(now.minus(WINDOW.multipliedBy(2))));
            jdbc.sql("DELETE FROM session_end WHERE ended_at < ?")
                    .param(UtcColumns.utc(now.minus(KEPT)))
                    .update();
        } catch (RuntimeException e) {
            // Two instances on two Galera nodes deleting the same old rows: one of them wins, nothing is lost
            if (!ConflictRetry.isConflict(e)) {
                log.warn("Could not read the sessions other instances ended; trying again at the next poll", e);
            }
        }
    }

    private long record(long personId) {
        return jdbc.sql("INSERT INTO session_end (person_id, ended_at) VALUES (?, ?) RETURNING id")
                .params(personId, UtcColumns.utc(clock.instant()))
                .query(Long.class)
                .single();
    }

    private void endHere(long endId, long personId) {
        if (handled.putIfAbsent(endId, clock.instant()) == null) {
            PersonDetails key = new PersonDetails(personId, "", "", false, List.of());
            sessions.getAllSessions(key, false).forEach(session -> session.expireNow());
        }
    }
}

package kz.sheber.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import kz.sheber.account.ResidentDirectory;
import kz.sheber.audit.domain.AuditLog;
import kz.sheber.base.FieldChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one entry inside the caller's transaction (MANDATORY: an entry without its change, or a change without
 * its entry, cannot commit). Who did it is whoever is signed in on this thread, unless the step names a job.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AuditRecorder {

    private final AuditLog log;
    private final ResidentDirectory people;
    private final Clock clock;

    AuditRecorder(AuditLog log, ResidentDirectory people, Clock clock) {
        this.log = log;
        this.people = people;
        this.clock = clock;
    }

    /** What was done to which object, by whoever is signed in (or the app itself when nobody is). */
    Entry entry(String action, String objectType, Object objectId) {
        return new Entry(action, objectType, objectId.toString());
    }

    /** An entry being put together; {@link #record()} writes it. */
    final class Entry {
        private final String action;
        private final String objectType;
        private final String objectId;
        private String channel = "ONLINE";
        private @Nullable Actor actor;
        private @Nullable Long subjectId;
        private @Nullable Long sessionId;
        private List<FieldChange> changes = List.of();

        private Entry(String action, String objectType, String objectId) {
            this.action = action;
            this.objectType = objectType;
            this.objectId = objectId;
        }

        Entry channel(String channel) {
            this.channel = channel;
            return this;
        }

        Entry by(Actor actor) {
            this.actor = actor;
            return this;
        }

        Entry subject(@Nullable Long personId) {
            this.subjectId = personId;
            return this;
        }

        Entry session(@Nullable Long sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        Entry changes(List<FieldChange> changes) {
            this.changes = changes.stream()
                    .filter(c -> !Objects.equals(c.before(), c.after()))
                    .toList();
            return this;
        }

        void record() {
            Actor who = actor != null
                    ? actor
                    : people.signedInId().map(Actor::person).orElseGet(() -> Actor.job(Actor.SYSTEM));
            log.insert(new AuditLog.NewEntry(
                    clock.instant(),
                    who.personId(),
                    who.job(),
                    channel,
                    action,
                    objectType,
                    objectId,
                    subjectId,
                    sessionId,
                    changes));
        }
    }
}

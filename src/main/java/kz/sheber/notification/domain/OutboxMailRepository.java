package kz.sheber.notification.domain;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The worker's claims and results are {@link OutboxClaims}; the rarer changes (failures, releases) use the entity. */
public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, OutboxClaims {

    /**
     * Gives a claimed mail back to the queue, due at once, if it is still the claim of that version: a worker that
     * stops sends nothing more, and the next start (or another instance) need not wait for the lease to run out.
     */
    @Modifying
    @Query(value = """
            UPDATE outbox_mail SET status = 'QUEUED', next_attempt_at = :now, version = version + 1
            WHERE id = :id AND version = :version AND status = 'SENDING'""", nativeQuery = true)
    int release(@Param("id") long id, @Param("version") long version, @Param("now") Instant now);
}

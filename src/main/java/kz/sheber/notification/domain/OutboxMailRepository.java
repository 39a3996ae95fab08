package kz.sheber.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    /**
     * Locks up to {@code limit} mails that are due (queued, or claimed by a worker whose lease has run out), skipping
     * rows another worker holds, so two workers on one database never claim the same mail.
     */
    @Query(value = """
            SELECT * FROM outbox_mail
            WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= :now
            ORDER BY next_attempt_at, id
            LIMIT :limit
            FOR UPDATE SKIP LOCKED""", nativeQuery = true)
    List<OutboxMail> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** SENT, if the row still has the version the worker claimed; 0 when another worker has claimed it since. */
    @Modifying
    @Query(value = """
            UPDATE outbox_mail SET status = 'SENT', sent_at = :now, last_error = NULL, version = version + 1
            WHERE id = :id AND version = :version""", nativeQuery = true)
    int markSent(@Param("id") long id, @Param("version") long version, @Param("now") Instant now);

    /**
     * Gives a claimed mail back to the queue, due at once, if it is still the claim of that version: a worker that
     * stops sends nothing more, and the next start (or another instance) need not wait for the lease to run out.
     */
    @Modifying
    @Query(value = """
            UPDATE outbox_mail SET status = 'QUEUED', next_attempt_at = :now, version = version + 1
            WHERE id = :id AND version = :version AND status = 'SENDING'""", nativeQuery = true)
    int release(@Param("id") long id, @Param("version") long version, @Param("now") Instant now);

    @Modifying
    @Query(value = "DELETE FROM outbox_attachment WHERE mail_id = :id", nativeQuery = true)
    void dropAttachments(@Param("id") long id);
}

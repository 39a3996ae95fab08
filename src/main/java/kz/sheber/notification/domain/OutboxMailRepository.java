package kz.sheber.notification.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
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
}

package kz.sheber.audit;

import java.time.Instant;
import java.util.List;
import kz.sheber.base.FieldChange;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail as the views show it.
 *
 * @param actorJob the app's job that made the change when no person did ({@code waiting-list}, {@code system})
 * @param subjectId whose record it is: the booking's resident, the account's person
 */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actorJob,
        String channel,
        String action,
        String objectType,
        String objectId,
        @Nullable Long subjectId,
        @Nullable Long sessionId,
        List<FieldChange> changes) {}

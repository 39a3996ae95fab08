package kz.sheber.audit;

import java.time.Instant;
import kz.sheber.base.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What staff look for in the centre-wide log; every part is optional.
 *
 * @param personId entries made by this person or about them
 * @param action an action name or the start of one ({@code booking.} finds every booking step)
 * @param sessionId everything about one session: its planning and changes, and its bookings
 */
public record AuditFilter(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable Long personId,
        @Nullable String action,
        @Nullable String objectType,
        @Nullable String objectId,
        @Nullable Long sessionId) {

    public AuditFilter {
        action = action == null ? null : PlainText.line(action);
        objectType = objectType == null ? null : PlainText.line(objectType);
        objectId = objectId == null ? null : PlainText.line(objectId);
    }

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}

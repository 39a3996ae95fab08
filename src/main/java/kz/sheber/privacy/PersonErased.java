package kz.sheber.privacy;

/**
 * A person was erased, published in the erasure's transaction: counts and ids only, never a name.
 *
 * @param channel ONLINE (they asked themselves), DESK (staff, with a reason) or SYSTEM (retention)
 */
public record PersonErased(
        long personId, String channel, int bookingsCancelled, int waitingPlacesLeft, int mailsDestroyed) {}

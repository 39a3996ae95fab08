package kz.sheber.booking;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one booking transaction has already read about other features' data (the session's details, a person's
 * contact), so the mail and the answer to the caller do not read it again. Lives exactly as long as one attempt
 * run by {@link LockRetry}: a retried attempt starts empty, and transactions started elsewhere (the schedule's
 * reactions) read afresh every time. Inside an attempt the session's row lock is held from the first seat decision
 * on, so the session cannot change under it.
 */
final class AttemptReads {

    private static final ThreadLocal<Map<Object, Object>> READS = new ThreadLocal<>();

    private AttemptReads() {}

    static <T> T scoped(Supplier<T> work) {
        Map<Object, Object> outer = READS.get();
        READS.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            if (outer == null) {
                READS.remove();
            } else {
                READS.set(outer);
            }
        }
    }

    /** The value read earlier in this attempt under the same key, or a fresh read (kept only inside an attempt). */
    @SuppressWarnings("unchecked")
    static <T> T read(Object key, Supplier<T> source) {
        Map<Object, Object> reads = READS.get();
        if (reads == null) {
            return source.get();
        }
        Object known = reads.get(key);
        if (known == null) {
            known = source.get();
            reads.put(key, known);
        }
        return (T) known;
    }

    /** The value recorded earlier in this attempt under the key, or a fresh read that is not recorded. */
    @SuppressWarnings("unchecked")
    static <T> T known(Object key, Supplier<T> source) {
        Map<Object, Object> reads = READS.get();
        Object known = reads == null ? null : reads.get(key);
        return known != null ? (T) known : source.get();
    }

    record Session(long id) {}

    record Contact(long personId) {}

    /** Whether the session takes drop-in bookings (false for a date of a course that takes none). */
    record DropIn(long sessionId) {}

    /** A new waiting entry's place in line, read once for its mail and the answer to the caller. */
    record Place(long bookingId) {}
}

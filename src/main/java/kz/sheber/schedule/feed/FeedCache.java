package kz.sheber.schedule.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kz.sheber.base.time.CentreTime;
import org.springframework.stereotype.Component;

/**
 * Keeps each built feed for a minute, so a burst of calendar apps asking at once costs one database read. Keys
 * come from normalised query parameters, and the map is bounded, so odd query strings cannot fill the memory.
 * Last-Modified only moves when the content does, so a rebuilt but unchanged feed still answers 304.
 */
@Component
class FeedCache {

    static final Duration KEEP = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 256;

    private record Entry(FeedBody body, Instant builtAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final CentreTime time;

    FeedCache(CentreTime time) {
        this.time = time;
    }

    FeedBody get(String key, String contentType, Supplier<byte[]> build) {
        Instant now = time.now();
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> e.builtAt().plus(KEEP).isBefore(now));
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
        }
        return entries.compute(key, (k, old) -> {
                    if (old != null && old.builtAt().plus(KEEP).isAfter(now)) {
                        return old;
                    }
                    byte[] body = build.get();
                    String etag = etag(body);
                    Instant changed = old != null && old.body().etag().equals(etag)
                            ? old.body().lastModified()
                            : now;
                    return new Entry(new FeedBody(body, contentType, etag, changed), now);
                })
                .body();
    }

    /** A hash of the content, leaving out iCalendar's DTSTAMP lines, which say when the file was written. */
    private static String etag(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("(?m)^DTSTAMP:.*\\R", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

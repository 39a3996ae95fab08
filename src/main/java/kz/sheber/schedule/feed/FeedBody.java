package kz.sheber.schedule.feed;

import java.time.Instant;

/** A built feed: its bytes, their content type, a strong ETag and when its content last changed. */
record FeedBody(byte[] body, String contentType, String etag, Instant lastModified) {}
